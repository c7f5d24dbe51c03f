/**
 * Run A vs run B → DiffReport (model.ts). Per test (paired by name, case-insensitive; the paper's
 * 20 first in its order, then the others in file order) and per metric:
 *   a, b        mean over the samples that have a value
 *   deltaPct    convention 'paper' (default): higher-is-better (B−A)/A·100, lower-is-better (A−B)/A·100,
 *               so positive = B better for every metric; 'plain': (B−A)/A·100 for all metrics.
 *               null when A or B is missing or A is 0.
 *   pValue      two-sided Welch t-test on the per-sample values, with ≥ 2 samples on each side
 *   stddevPct   sample stddev (N−1) / mean · 100 per side (null with < 2 samples)
 *   noisy       stddevPct of A or B above the threshold (default 5 %)
 *   significant pValue < alpha (default 0.05), null without a p-value
 * Summary per metric: "B better on <n>/<compared> tests, median <±x.x> %" (median of deltaPct).
 */
import { METRIC_IDS, type DiffReport, type MetricComparison, type MetricId, type MetricSummary, type TestComparison } from './model';
import { HIGHER_IS_BETTER, METRIC_UNITS, type RunData, type TestRun } from './run';
import { mean, median, stddevPct, welchTTest } from './stats';
import { orderTestNames, parseTestName } from './testName';
import { sortedProblems } from './buildRun';

export type DeltaConvention = 'paper' | 'plain';

export interface CompareOptions {
  /** Stddev % above which a test is flagged noisy (default 5). */
  noiseThreshold?: number;
  /** Significance level for the Welch test (default 0.05). */
  alpha?: number;
  convention?: DeltaConvention;
}

export const DEFAULT_NOISE_THRESHOLD = 5;
export const DEFAULT_ALPHA = 0.05;

export function compareRuns(a: RunData, b: RunData, options: CompareOptions = {}): DiffReport {
  const names = orderTestNames([...[...a.tests.values()].map((t) => t.id.name), ...[...b.tests.values()].map((t) => t.id.name)]);
  const seen = new Set<string>();
  const tests: TestComparison[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tests.push(compareTest(name, a.tests.get(key), b.tests.get(key), options));
  }
  const ref = (run: RunData) => (run.config === undefined ? { path: run.path, label: run.label } : { path: run.path, label: run.label, config: run.config });
  return {
    a: ref(a),
    b: ref(b),
    problems: [...sortedProblems(a.problems), ...sortedProblems(b.problems)],
    tests,
    summary: METRIC_IDS.map((metric) => summarize(metric, tests, options.convention ?? 'paper')),
    convention: options.convention ?? 'paper',
  };
}

function compareTest(name: string, a: TestRun | undefined, b: TestRun | undefined, options: CompareOptions): TestComparison {
  const id = a?.id ?? b?.id ?? parseTestName(name);
  const metrics = {} as Record<MetricId, MetricComparison>;
  for (const metric of METRIC_IDS) {
    const unit = metric === 'throughput' ? (a ?? b)?.samples[0]?.throughputUnit ?? METRIC_UNITS.throughput : METRIC_UNITS[metric];
    metrics[metric] = compareValues(metric, unit, sampleValues(a, metric), sampleValues(b, metric), options);
  }
  return { name: id.name, category: id.category, users: id.users, metrics };
}

function sampleValues(test: TestRun | undefined, metric: MetricId): number[] {
  if (!test) return [];
  return test.samples.map((s) => s.values[metric]).filter((v): v is number => v !== null && Number.isFinite(v));
}

/** Signed % difference of B against A (see the file comment for the conventions). */
export function deltaPct(metric: MetricId, a: number | null, b: number | null, convention: DeltaConvention = 'paper'): number | null {
  if (a === null || b === null || a === 0) return null;
  if (convention === 'plain' || HIGHER_IS_BETTER[metric]) return ((b - a) / Math.abs(a)) * 100;
  return ((a - b) / Math.abs(a)) * 100;
}

export function compareValues(metric: MetricId, unit: string, a: number[], b: number[], options: CompareOptions = {}): MetricComparison {
  const threshold = options.noiseThreshold ?? DEFAULT_NOISE_THRESHOLD;
  const ma = mean(a);
  const mb = mean(b);
  const welch = a.length >= 2 && b.length >= 2 ? welchTTest(a, b) : null;
  const pValue = welch ? welch.pValue : null;
  const sdA = stddevPct(a);
  const sdB = stddevPct(b);
  return {
    unit,
    a: ma,
    b: mb,
    deltaPct: deltaPct(metric, ma, mb, options.convention ?? 'paper'),
    pValue,
    noisy: (sdA !== null && sdA > threshold) || (sdB !== null && sdB > threshold),
    samplesA: a.length,
    samplesB: b.length,
    stddevPctA: sdA,
    stddevPctB: sdB,
    significant: pValue === null ? null : pValue < (options.alpha ?? DEFAULT_ALPHA),
  };
}

/** Is B better than A for this metric, given a delta computed with `convention`? */
function bBetter(metric: MetricId, delta: number, convention: DeltaConvention): boolean {
  return convention === 'plain' && !HIGHER_IS_BETTER[metric] ? delta < 0 : delta > 0;
}

export function summarize(metric: MetricId, tests: readonly TestComparison[], convention: DeltaConvention = 'paper'): MetricSummary {
  const deltas = tests.map((t) => t.metrics[metric].deltaPct).filter((d): d is number => d !== null);
  const betterCount = deltas.filter((d) => bBetter(metric, d, convention)).length;
  const med = median(deltas);
  const text = deltas.length === 0
    ? 'no test has values in both runs'
    : `B better on ${betterCount}/${deltas.length} tests, median ${formatSignedPct(med)}`;
  return { metric, betterCount, comparedCount: deltas.length, medianDeltaPct: med, text };
}

/** `+8.2 %`, `-3.0 %`, `n/a`. */
export function formatSignedPct(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)} %`;
}
