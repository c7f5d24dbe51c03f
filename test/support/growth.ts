import { performance } from 'node:perf_hooks';

/** The best of `runs` timings: the least disturbed by other work on a shared machine. */
export function bestTime(run: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How much slower `make(10 × n)` is than `make(n)`: about 10 for a linear path, 100 for a quadratic
 * one. A ratio holds up under load far better than an absolute bound on a shared CI machine; tests
 * allow up to 50 because a small n often fits the young generation and a large one does not.
 */
export function tenfoldRatio(make: (n: number) => () => void, n: number): number {
  const small = bestTime(make(n));
  const large = bestTime(make(n * 10));
  return large / Math.max(small, 0.05);
}
