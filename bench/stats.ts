import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { GCProfiler } from 'node:v8';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Median of `runs` timings of `work`, after `warmUp` untimed runs. */
export function timeSync(runs: number, work: () => void, warmUp = 2): number {
  for (let i = 0; i < warmUp; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** Milliseconds of that spent in the garbage collector's pauses (v8.GCProfiler). */
  collector: number;
}

/** One run of `work`, with the collector's share of it. */
export function timeOnce(work: () => void): Timing {
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const collector = profiler.stop().statistics.reduce((sum, gc) => sum + gc.cost, 0) / 1_000;
  return { wall, collector };
}

/** The run with the median wall time of `runs` runs of `work`, after `warmUp` untimed runs. */
export function timeWithCollector(runs: number, work: () => void, warmUp = 2): Timing {
  for (let i = 0; i < warmUp; i += 1) work();
  const samples = Array.from({ length: runs }, () => timeOnce(work)).sort((a, b) => a.wall - b.wall);
  return samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(samples.length / 2) - 1))];
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

export const ms = (value: number) => (value < 1 ? `${value.toFixed(2)} ms` : value < 100 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`);
export const pause = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));
