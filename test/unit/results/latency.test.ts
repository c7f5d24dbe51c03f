import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareRuns } from '../../../engine/results/compare';
import { loadRun } from '../../../engine/results/loadRun';
import { PAPER_TESTS } from '../../../engine/results/testName';
import { runDiff } from '../../../server/src/cli/diff';
import { close, FIXTURES } from './helpers';

const RUNS = join(FIXTURES, 'sample-runs');
const UNIT_US: Record<string, number> = { ns: 1e-3, us: 1, ms: 1e3, s: 1e6 };

/** uperf's own number, read straight from the Txn table: the row of the timed transaction (0-based Txn1). */
function uperfAverageUs(run: string, test: string, sample: string): number {
  const text = readFileSync(join(RUNS, run, `${test}.${sample}.txt`), 'utf8');
  const match = /^Txn1\s+\d+\s+([\d.]+)(ns|us|ms|s)\s/m.exec(text);
  assert.ok(match, `${run}/${test}.${sample}: Txn1 row`);
  return Number(match[1]) * UNIT_US[match[2]];
}

describe('transaction time follows what uperf reports', () => {
  it("every test's latency Δ % equals the Δ % of uperf's own averages (the paper plots those)", async () => {
    const [a, b] = await Promise.all(['mtu1500', 'mtu9000'].map((run) => loadRun(join(RUNS, run))));
    const report = compareRuns(a, b);
    for (const test of PAPER_TESTS) {
      const mean = (run: string) => (uperfAverageUs(run, test, '1') + uperfAverageUs(run, test, '2')) / 2;
      const expected = ((mean('mtu1500') - mean('mtu9000')) / mean('mtu1500')) * 100;
      const row = report.tests.find((t) => t.name === test);
      close(row?.metrics.latency.deltaPct, expected, 1e-6, test);
    }
  });

  it('at 250 users the window definition parts from uperf by points of Δ %, and --latency window gives it', async () => {
    const json = async (extra: string[]) => {
      let out = '';
      const code = await runDiff([join(RUNS, 'mtu1500'), join(RUNS, 'mtu9000'), '--format', 'json', ...extra], { stdout: (t) => (out += t), stderr: () => undefined });
      assert.equal(code, 0);
      return JSON.parse(out) as { tests: { name: string; metrics: { latency: { deltaPct: number } } }[] };
    };
    const uperf = await json([]);
    const window = await json(['--latency', 'window']);
    const delta = (r: typeof uperf, name: string) => r.tests.find((t) => t.name === name)!.metrics.latency.deltaPct;
    const gaps = ['str-readx30k--250', 'str-writex30k--250'].map((name) => Math.abs(delta(uperf, name) - delta(window, name)));
    assert.ok(gaps.some((gap) => gap > 1), `gaps ${gaps.join(', ')}`);
    let err = '';
    assert.equal(await runDiff([join(RUNS, 'mtu1500'), join(RUNS, 'mtu9000'), '--latency', 'little'], { stdout: () => undefined, stderr: (t) => (err += t) }), 2);
    assert.match(err, /--latency/);
  });
});
