/**
 * The results-diff report: what `kvmtune diff --format json` prints and what the webview renders.
 * Field names are a public contract (the JSON output of `kvmtune diff`); null means "not computable", never 0.
 */
export type MetricId = 'throughput' | 'latency' | 'cpuClient' | 'cpuServer';
export const METRIC_IDS: readonly MetricId[] = ['throughput', 'latency', 'cpuClient', 'cpuServer'];

export interface MetricComparison {
  unit: string;
  /** Mean over samples of run A / run B. */
  a: number | null;
  b: number | null;
  /** Signed %, positive = B better (paper convention unless the setting says otherwise). */
  deltaPct: number | null;
  /** Welch t-test p-value, with at least 2 samples per side. */
  pValue: number | null;
  noisy: boolean;
  samplesA?: number;
  samplesB?: number;
  stddevPctA?: number | null;
  stddevPctB?: number | null;
  significant?: boolean | null;
}

export interface TestComparison {
  name: string;
  category: 'rr' | 'str' | 'other';
  users: number | null;
  metrics: Record<MetricId, MetricComparison>;
}

export interface RunRef {
  path: string;
  label: string;
  config?: unknown;
}

export interface Problem {
  file: string;
  reason: string;
}

export interface MetricSummary {
  metric: MetricId;
  betterCount: number;
  comparedCount: number;
  medianDeltaPct: number | null;
  text: string;
}

export interface DiffReport {
  a: RunRef;
  b: RunRef;
  problems: Problem[];
  tests: TestComparison[];
  summary?: MetricSummary[];
  /** How deltaPct was computed: 'paper' = positive means B better; 'plain' = (B−A)/A for every metric. */
  convention?: 'paper' | 'plain';
}

/** One sentence that says what the sign of Δ % means, for every output format and the chart. */
export function deltaSignNote(report: Pick<DiffReport, 'convention'>): string {
  return report.convention === 'plain'
    ? 'Δ % is (B − A) / A for every metric: positive means B is higher, which is better only for throughput.'
    : 'Δ % is positive when B is better.';
}
