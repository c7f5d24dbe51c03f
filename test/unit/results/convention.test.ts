import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareOptionsFrom, compareRunFolders } from '../../../client/src/diff/engine';
import { buildChartData, type Filters } from '../../../client/src/diff/webview/viewModel';
import { formatReport } from '../../../engine/results/format';
import { FIXTURES } from './helpers';

const A = join(FIXTURES, 'sample-runs', 'mtu1500');
const B = join(FIXTURES, 'sample-runs', 'mtu9000');
const settings = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T | undefined });

describe('delta sign convention and the kvmtune.diff settings', () => {
  it('reads the settings, falling back to the defaults for missing or bad values', () => {
    assert.deepEqual(compareOptionsFrom(settings({})), { noiseThreshold: 5, convention: 'paper', latency: 'uperf' });
    assert.deepEqual(compareOptionsFrom(settings({ noiseThreshold: 12.5, convention: 'plain', latency: 'window' })), { noiseThreshold: 12.5, convention: 'plain', latency: 'window' });
    assert.deepEqual(compareOptionsFrom(settings({ noiseThreshold: -1, convention: 'sideways', latency: 'little' })), { noiseThreshold: 5, convention: 'paper', latency: 'uperf' });
  });

  it('says what the sign means in every format and on the chart axis, per convention', async () => {
    const paper = await compareRunFolders(A, B, { convention: 'paper' });
    const plain = await compareRunFolders(A, B, { convention: 'plain' });
    assert.equal(paper.convention, 'paper');
    assert.equal(plain.convention, 'plain');
    for (const format of ['text', 'md', 'html'] as const) {
      assert.match(formatReport(paper, format), /Δ % is positive when B is better\./, format);
      const plainText = formatReport(plain, format);
      assert.match(plainText, /Δ % is \(B − A\) \/ A for every metric: positive means B is higher, which is better only for throughput\./, format);
      assert.doesNotMatch(plainText, /positive when B is better/, format);
    }
    const filters: Filters = { category: 'all', users: null, metrics: ['throughput', 'latency'] };
    assert.equal(buildChartData(paper, filters).yAxisTitle, '% difference, B vs A (positive = B better)');
    assert.equal(buildChartData(plain, filters).yAxisTitle, '% difference, (B − A) / A');
    const latency = (r: typeof paper) => r.tests[0].metrics.latency.deltaPct ?? NaN;
    assert.ok(Math.abs(latency(paper) + latency(plain)) < 1e-9, 'lower-is-better deltas flip sign between conventions');
  });

  it('flags noise against the configured threshold', async () => {
    const strict = await compareRunFolders(A, B, { noiseThreshold: 0 });
    const lax = await compareRunFolders(A, B, { noiseThreshold: 1000 });
    assert.ok(strict.tests.every((t) => t.metrics.throughput.noisy));
    assert.ok(lax.tests.every((t) => !t.metrics.throughput.noisy));
  });
});
