/** A loaded run: per test, the metric values of each sample. What the comparison consumes. */
import type { MetricId, Problem } from './model';
import type { TestId } from './testName';

/** One sample's four metrics (null = not computable, never 0). */
export type MetricValues = Record<MetricId, number | null>;

export interface SampleResult {
  /** Sample id from the file name (`1`, `2`...) or the pbench sample index. */
  sample: string;
  /** The file the numbers came from. */
  file: string;
  values: MetricValues;
  /** Throughput unit: `trans/s` (rr) or `MB/s`. */
  throughputUnit: string;
  /** Optional detail for the curious: window and counters. */
  detail?: Record<string, number | string | null>;
}

export interface TestRun {
  id: TestId;
  samples: SampleResult[];
}

export interface RunData {
  path: string;
  label: string;
  config?: unknown;
  problems: Problem[];
  /** Keyed by lower-cased test name; insertion order = file order. */
  tests: Map<string, TestRun>;
}

export const METRIC_UNITS: Record<MetricId, string> = {
  throughput: 'MB/s',
  latency: 'us',
  cpuClient: 'cpu-s/MB',
  cpuServer: 'cpu-s/MB',
};

/** Higher-is-better metrics (the others are lower-is-better). */
export const HIGHER_IS_BETTER: Record<MetricId, boolean> = {
  throughput: true,
  latency: false,
  cpuClient: false,
  cpuServer: false,
};

export function throughputUnit(category: TestId['category']): string {
  return category === 'rr' ? 'trans/s' : 'MB/s';
}
