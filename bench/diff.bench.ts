// Results-diff engine speed: parse + compare the two sample runs (121 files each).
// Run: node --import tsx bench/diff.bench.ts [rounds]. Prints numbers; not a timed test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildRun, type RunFile } from '../engine/results/buildRun';
import { compareRuns } from '../engine/results/compare';
import { formatReport } from '../engine/results/format';
import { loadRun } from '../engine/results/loadRun';

const RUNS = join(__dirname, '..', 'test', 'fixtures', 'uperf', 'sample-runs');
const FOLDERS = [join(RUNS, 'mtu1500'), join(RUNS, 'mtu9000')];
const rounds = Number(process.argv[2] ?? 30);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function readAll(folder: string): RunFile[] {
  return readdirSync(folder).map((name) => ({ name: join(folder, name), base: name, text: readFileSync(join(folder, name), 'utf8') }));
}

async function main(): Promise<void> {
  const inMemory = FOLDERS.map(readAll);
  const files = inMemory.reduce((n, list) => n + list.length, 0);
  const bytes = inMemory.flat().reduce((n, f) => n + (f.text?.length ?? 0), 0);
  const parse: number[] = [];
  const compare: number[] = [];
  const endToEnd: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    let t = performance.now();
    const [a, b] = inMemory.map((list, k) => buildRun(FOLDERS[k], list));
    parse.push(performance.now() - t);
    t = performance.now();
    formatReport(compareRuns(a, b), 'json');
    compare.push(performance.now() - t);
    t = performance.now();
    const [la, lb] = await Promise.all(FOLDERS.map((folder) => loadRun(folder)));
    formatReport(compareRuns(la, lb), 'text');
    endToEnd.push(performance.now() - t);
  }
  const p = median(parse);
  console.log(`results diff bench: 2 runs, ${files} files, ${(bytes / 1024).toFixed(0)} KiB, median of ${rounds} rounds`);
  console.log(`  parse (buildRun, both runs, in memory): ${p.toFixed(2)} ms  → ${(p / 2).toFixed(2)} ms per run, ${Math.round(files / (p / 1000))} files/s`);
  console.log(`  compare + json format:                  ${median(compare).toFixed(2)} ms`);
  console.log(`  end to end (loadRun from disk, compare, text): ${median(endToEnd).toFixed(2)} ms`);
}

void main();
