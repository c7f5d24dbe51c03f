/** Pure data shaping for the results-diff view: no DOM, no chart.js, unit-tested under node. */
import { METRIC_IDS, type DiffReport, type MetricComparison, type MetricId, type TestComparison } from '../../../../engine/results/model';

export type CategoryFilter = 'all' | 'rr' | 'str' | 'other';

export interface Filters {
  category: CategoryFilter;
  /** `null` = every user level. */
  users: number | null;
  metrics: MetricId[];
}

export const DEFAULT_FILTERS: Filters = { category: 'all', users: null, metrics: [...METRIC_IDS] };

export const METRIC_LABELS: Record<MetricId, string> = {
  throughput: 'Throughput',
  latency: 'Transaction time',
  cpuClient: 'Client CPU efficiency',
  cpuServer: 'Server CPU efficiency',
};

export function filterTests(tests: readonly TestComparison[], filters: Filters): TestComparison[] {
  return tests.filter(
    (test) =>
      (filters.category === 'all' || test.category === filters.category) &&
      (filters.users === null || test.users === filters.users),
  );
}

/** User levels present in the report, ascending, for the filter drop-down. */
export function userLevels(tests: readonly TestComparison[]): number[] {
  const levels = new Set<number>();
  for (const test of tests) if (test.users !== null) levels.add(test.users);
  return [...levels].sort((x, y) => x - y);
}

/** Bars are drawn faint when the delta cannot be trusted. */
export function isUncertain(metric: MetricComparison): boolean {
  return metric.noisy || metric.significant === false;
}

/**
 * Rough ±% whisker for a delta: the two sides' stddev % combined in quadrature. Only a visual cue
 * of spread (the p-value is the real test); null when either side has no stddev.
 */
export function errorPct(metric: MetricComparison): number | null {
  const a = metric.stddevPctA;
  const b = metric.stddevPctB;
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.sqrt(a * a + b * b);
}

export interface ChartSeries {
  metric: MetricId;
  label: string;
  data: (number | null)[];
  uncertain: boolean[];
  errors: (number | null)[];
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  yAxisTitle: string;
}

/** The paper's figure: X = tests in report order, one bar per metric, value = Δ% (positive = B better). */
export function buildChartData(report: DiffReport, filters: Filters): ChartData {
  const tests = filterTests(report.tests, filters);
  const metrics = METRIC_IDS.filter((id) => filters.metrics.includes(id));
  return {
    yAxisTitle: report.convention === 'plain' ? '% difference, (B − A) / A' : '% difference, B vs A (positive = B better)',
    labels: tests.map((test) => test.name),
    series: metrics.map((metric) => ({
      metric,
      label: METRIC_LABELS[metric],
      data: tests.map((test) => finiteOrNull(test.metrics[metric]?.deltaPct)),
      uncertain: tests.map((test) => (test.metrics[metric] ? isUncertain(test.metrics[metric]) : false)),
      errors: tests.map((test) => (test.metrics[metric] ? errorPct(test.metrics[metric]) : null)),
    })),
  };
}

export interface TableRow {
  /** Position in the report, so sorting is stable and "test" order means the paper's order. */
  order: number;
  test: string;
  metric: MetricId;
  metricLabel: string;
  unit: string;
  a: number | null;
  b: number | null;
  deltaPct: number | null;
  pValue: number | null;
  stddevPctA: number | null;
  stddevPctB: number | null;
  samples: string;
  noisy: boolean;
  significant: boolean | null;
}

export function buildTableRows(report: DiffReport, filters: Filters): TableRow[] {
  const metrics = METRIC_IDS.filter((id) => filters.metrics.includes(id));
  const rows: TableRow[] = [];
  filterTests(report.tests, filters).forEach((test) => {
    for (const metric of metrics) {
      const m = test.metrics[metric];
      if (!m) continue;
      rows.push({
        order: rows.length,
        test: test.name,
        metric,
        metricLabel: METRIC_LABELS[metric],
        unit: m.unit,
        a: finiteOrNull(m.a),
        b: finiteOrNull(m.b),
        deltaPct: finiteOrNull(m.deltaPct),
        pValue: finiteOrNull(m.pValue),
        stddevPctA: finiteOrNull(m.stddevPctA),
        stddevPctB: finiteOrNull(m.stddevPctB),
        samples: `${m.samplesA ?? '?'} / ${m.samplesB ?? '?'}`,
        noisy: m.noisy,
        significant: m.significant ?? null,
      });
    }
  });
  return rows;
}

export type SortKey = 'test' | 'metric' | 'a' | 'b' | 'deltaPct' | 'pValue' | 'stddevPctA' | 'stddevPctB';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** Sorts a copy. Missing values ("n/a") always go last, whatever the direction. */
export function sortRows(rows: readonly TableRow[], sort: SortState): TableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const primary = compareKey(x, y, sort.key, sign);
    return primary !== 0 ? primary : x.order - y.order;
  });
}

function compareKey(x: TableRow, y: TableRow, key: SortKey, sign: number): number {
  if (key === 'test') return sign * (x.order - y.order);
  if (key === 'metric') return sign * x.metricLabel.localeCompare(y.metricLabel);
  const vx = x[key];
  const vy = y[key];
  if (vx === null || vy === null) return vx === vy ? 0 : vx === null ? 1 : -1;
  return sign * (vx - vy);
}

/** Next sort state when a column header is clicked: same column flips, a new one starts descending for deltas. */
export function toggleSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'test' || key === 'metric' ? 'ascending' : 'descending' };
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function formatDelta(value: number | null): string {
  if (value === null) return 'n/a';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)} %`;
}

/** `config` in run.json is free-form: show strings as they are, objects as `key: value` pairs. */
export function formatConfig(config: unknown): string {
  if (config === undefined || config === null) return '';
  if (typeof config === 'string') return config;
  if (typeof config === 'number' || typeof config === 'boolean') return String(config);
  if (Array.isArray(config)) return config.map(formatConfig).join(', ');
  if (typeof config === 'object') {
    return Object.entries(config as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
      .join('; ');
  }
  return '';
}
