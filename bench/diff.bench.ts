// Results diff: parse + compare 20 tests × 2 runs × 5 samples of `-R` output (with client and server
// CPU files), built in memory from the two sample runs (their 2 samples each, repeated as 3, 4, 5).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildRun, type RunFile } from '../engine/results/buildRun';
import { compareRuns } from '../engine/results/compare';
import { formatReport } from '../engine/results/format';
import { row, type BenchRow } from './row';
import { median, ms } from './stats';

const RUNS = join(__dirname, '..', 'test', 'fixtures', 'uperf', 'sample-runs');
const SAMPLE_NAME = /^(.+)\.([12])(\.(?:txt|client\..+|server\..+))$/;

function fiveSamples(folder: string): RunFile[] {
  const files: RunFile[] = [];
  for (const name of readdirSync(folder)) {
    const text = readFileSync(join(folder, name), 'utf8');
    const match = SAMPLE_NAME.exec(name);
    if (!match) {
      files.push({ name, text });
      continue;
    }
    const samples = match[2] === '1' ? ['1', '3', '5'] : ['2', '4'];
    for (const sample of samples) files.push({ name: `${match[1]}.${sample}${match[3]}`, text });
  }
  return files;
}

export function benchDiff(rounds = 30): BenchRow {
  const inputs = ['mtu1500', 'mtu9000'].map((run) => ({ path: join(RUNS, run), files: fiveSamples(join(RUNS, run)) }));
  const outputs = inputs[0].files.filter((f) => f.name.endsWith('.txt')).length;
  const samples: number[] = [];
  let tests = 0;
  for (let i = 0; i < rounds + 3; i += 1) {
    const start = performance.now();
    const [a, b] = inputs.map(({ path, files }) => buildRun(path, files));
    formatReport(compareRuns(a, b), 'json');
    if (i >= 3) samples.push(performance.now() - start);
    tests = a.tests.size;
  }
  const value = median(samples);
  return row('results', `parse + compare ${tests} tests × 2 runs × ${outputs / tests} samples of -R output (+ CPU files), median of ${rounds}`, ms(value), { text: '≤ 150 ms', ok: value <= 150 }, { median: value });
}
