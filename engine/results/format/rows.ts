/** Flattening and number formatting shared by the text, csv, md and html formatters. */
import { METRIC_IDS, type DiffReport, type MetricComparison, type MetricId, type TestComparison } from '../model';

export const METRIC_TITLES: Record<MetricId, string> = {
  throughput: 'throughput',
  latency: 'transaction time',
  cpuClient: 'CPU/MB client',
  cpuServer: 'CPU/MB server',
};

export interface MetricRow {
  test: TestComparison;
  metric: MetricId;
  m: MetricComparison;
}

export function metricRows(report: DiffReport): MetricRow[] {
  return report.tests.flatMap((test) => METRIC_IDS.map((metric) => ({ test, metric, m: test.metrics[metric] })));
}

/** 4 significant digits, plain notation for ≥ 100 (one decimal), `n/a` for null. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(1);
  if (value === 0) return '0';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 8));
}

export function formatP(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return value < 0.001 ? '<0.001' : value.toFixed(3);
}

export function formatStddev(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(1)} %`;
}

/** Short flags: `noisy` (stddev % over the threshold), `n.s.` (p ≥ alpha), `sig.` (p < alpha). */
export function flags(m: MetricComparison): string {
  const out: string[] = [];
  if (m.noisy) out.push('noisy');
  if (m.significant === true) out.push('sig.');
  if (m.significant === false) out.push('n.s.');
  return out.join(' ');
}

export function samples(m: MetricComparison): string {
  return `${m.samplesA ?? 0}/${m.samplesB ?? 0}`;
}

export function configText(config: unknown): string {
  if (config === undefined || config === null) return '';
  return typeof config === 'string' ? config : JSON.stringify(config);
}
