/** CSV (RFC 4180): one row per test × metric. Text cells that a spreadsheet would run as a formula are prefixed with `'`. */
import type { DiffReport } from '../model';
import { metricRows } from './rows';

const HEADER = ['test', 'category', 'users', 'metric', 'unit', 'a', 'b', 'deltaPct', 'pValue', 'noisy', 'significant', 'samplesA', 'samplesB', 'stddevPctA', 'stddevPctB'];

export function formatCsv(report: DiffReport): string {
  const rows = metricRows(report).map(({ test, metric, m }) => [
    text(test.name), test.category, num(test.users), metric, text(m.unit), num(m.a), num(m.b), num(m.deltaPct), num(m.pValue),
    String(m.noisy), m.significant === null || m.significant === undefined ? '' : String(m.significant),
    num(m.samplesA), num(m.samplesB), num(m.stddevPctA), num(m.stddevPctB),
  ]);
  return `${[HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
