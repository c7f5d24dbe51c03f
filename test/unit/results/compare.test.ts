import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRuns, compareValues, deltaPct, formatSignedPct, summarize } from '../../../engine/results/compare';
import type { RunData, SampleResult } from '../../../engine/results/run';
import { orderTestNames, parseTestName, PAPER_TESTS } from '../../../engine/results/testName';
import { close } from './helpers';

function run(path: string, tests: Record<string, Array<Partial<SampleResult['values']>>>): RunData {
  const data: RunData = { path, label: path.toUpperCase(), problems: [], tests: new Map() };
  for (const [name, samples] of Object.entries(tests)) {
    const id = parseTestName(name);
    data.tests.set(name.toLowerCase(), {
      id,
      samples: samples.map((v, i) => ({
        sample: String(i + 1),
        file: `${name}.${i + 1}.txt`,
        throughputUnit: id.category === 'rr' ? 'trans/s' : 'MB/s',
        values: { throughput: null, latency: null, cpuClient: null, cpuServer: null, ...v },
      })),
    });
  }
  return data;
}

describe('test names', () => {
  it('parses the paper grammar', () => {
    assert.deepEqual(parseTestName('rr1c-200x1000--10'), {
      name: 'rr1c-200x1000--10', category: 'rr', users: 10, paper: true, bytesPerTxn: 1200, workload: 'rr1c-200x1000',
    });
    // 30k = 30 × 1024; rr1c-1000x30k → 1000 + 30720 bytes per transaction
    assert.equal(parseTestName('rr1c-1000x30k--1').bytesPerTxn, 31720);
    assert.deepEqual(
      [parseTestName('STR-READX30K--50').category, parseTestName('str-writex30k--250').users, parseTestName('str-readx30k--50').bytesPerTxn],
      ['str', 250, 30720],
    );
    assert.equal(parseTestName('tcp_rr-64B-1i').category, 'rr');
    assert.equal(parseTestName('tcp_rr-64B-1i').users, 1);
    assert.equal(parseTestName('notes').category, 'other');
  });

  it('orders the paper 20 first, then others in their order', () => {
    assert.equal(PAPER_TESTS.length, 20);
    assert.deepEqual(PAPER_TESTS.slice(0, 5), ['rr1c-1x1--1', 'rr1c-1x1--10', 'rr1c-1x1--50', 'rr1c-1x1--250', 'rr1c-200x1000--1']);
    assert.deepEqual(orderTestNames(['zeta', 'str-writex30k--1', 'alpha', 'rr1c-1x1--250', 'rr1c-1x1--1']), [
      'rr1c-1x1--1', 'rr1c-1x1--250', 'str-writex30k--1', 'zeta', 'alpha',
    ]);
  });
});

describe('comparison', () => {
  it('signs deltas so that positive = B better (paper) or plain (B−A)/A', () => {
    close(deltaPct('throughput', 100, 110), 10); // (110−100)/100
    close(deltaPct('latency', 100, 90), 10); // (100−90)/100: shorter is better
    close(deltaPct('cpuClient', 0.02, 0.025), -25); // (0.02−0.025)/0.02
    close(deltaPct('latency', 100, 90, 'plain'), -10); // (90−100)/100
    assert.equal(deltaPct('throughput', 0, 5), null);
    assert.equal(deltaPct('throughput', null, 5), null);
  });

  it('computes means, CoV %, Welch p and flags for known A/B samples', () => {
    const m = compareValues('throughput', 'trans/s', [100, 101, 99, 100.5], [103, 104, 102.5]);
    // mean A = 400.5/4 = 100.125, mean B = 309.5/3 = 103.1667
    close(m.a, 100.125);
    close(m.b, 309.5 / 3);
    close(m.deltaPct, ((309.5 / 3 - 100.125) / 100.125) * 100);
    close(m.pValue, 0.004948606143320073, 1e-8); // scipy Welch
    assert.equal(m.significant, true);
    assert.equal(m.noisy, false); // CoV A = 0.854 %, B = 0.740 %
    assert.deepEqual([m.samplesA, m.samplesB], [4, 3]);
    close(m.stddevPctA, (Math.sqrt((0.015625 + 0.765625 + 1.265625 + 0.140625) / 3) / 100.125) * 100);

    const noisy = compareValues('latency', 'us', [100, 120], [90, 91], { noiseThreshold: 5 });
    assert.equal(noisy.noisy, true); // CoV A = 14.14/110 = 12.9 %
    assert.equal(compareValues('latency', 'us', [100, 120], [90, 91], { noiseThreshold: 20 }).noisy, false);

    const single = compareValues('throughput', 'MB/s', [10], [12]);
    assert.equal(single.pValue, null);
    assert.equal(single.significant, null);
    assert.equal(single.stddevPctA, null);
    close(single.deltaPct, 20);

    const missing = compareValues('cpuClient', 'cpu-s/MB', [], [0.5]);
    assert.deepEqual([missing.a, missing.deltaPct, missing.pValue, missing.noisy], [null, null, null, false]);
  });

  it('pairs tests by name (case-insensitive), orders them, keeps one-sided tests with nulls', () => {
    const a = run('a', { 'str-readx30k--1': [{ throughput: 100 }], 'rr1c-1x1--1': [{ throughput: 1000, latency: 50 }], custom: [{ throughput: 1 }] });
    const b = run('b', { 'RR1C-1X1--1': [{ throughput: 1100, latency: 40 }], 'str-readx30k--1': [{ throughput: 90 }], extra: [{ throughput: 2 }] });
    const report = compareRuns(a, b);
    assert.deepEqual(report.tests.map((t) => t.name), ['rr1c-1x1--1', 'str-readx30k--1', 'custom', 'extra']);
    const rr = report.tests[0];
    assert.deepEqual([rr.category, rr.users, rr.metrics.throughput.unit], ['rr', 1, 'trans/s']);
    close(rr.metrics.throughput.deltaPct, 10);
    close(rr.metrics.latency.deltaPct, 20); // (50−40)/50
    assert.equal(rr.metrics.cpuClient.a, null); // absent CPU → null, never 0
    assert.equal(report.tests[1].metrics.throughput.unit, 'MB/s');
    close(report.tests[1].metrics.throughput.deltaPct, -10);
    assert.equal(report.tests[2].metrics.throughput.b, null);
    assert.equal(report.tests[3].metrics.throughput.a, null);
    assert.deepEqual(report.a, { path: 'a', label: 'A' });
  });

  it('summarises per metric', () => {
    const a = run('a', { 'rr1c-1x1--1': [{ throughput: 100 }], 'rr1c-1x1--10': [{ throughput: 100 }], 'rr1c-1x1--50': [{ throughput: 100 }] });
    const b = run('b', { 'rr1c-1x1--1': [{ throughput: 110 }], 'rr1c-1x1--10': [{ throughput: 95 }], 'rr1c-1x1--50': [{ throughput: 108.24 }] });
    const report = compareRuns(a, b);
    const thr = report.summary?.find((s) => s.metric === 'throughput');
    // deltas +10, −5, +8.24 → 2 of 3 better, median +8.24 → "+8.2 %"
    assert.equal(thr?.text, 'B better on 2/3 tests, median +8.2 %');
    assert.equal(report.summary?.find((s) => s.metric === 'latency')?.text, 'no test has values in both runs');
    // plain convention: lower-is-better metrics count B better when the delta is negative
    const lat = summarize('latency', [{ name: 'x', category: 'rr', users: 1, metrics: { ...report.tests[0].metrics, latency: { unit: 'us', a: 10, b: 9, deltaPct: -10, pValue: null, noisy: false } } }], 'plain');
    assert.equal(lat.betterCount, 1);
    assert.equal(formatSignedPct(-3.04), '-3.0 %');
    assert.equal(formatSignedPct(null), 'n/a');
  });
});
