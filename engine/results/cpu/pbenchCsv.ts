/**
 * pbench CPU CSV: `timestamp_ms,cpu_00,cpu_01,...` (busy % per CPU, from sar) → Σ/100 busy CPUs,
 * or the generic `timestamp_ms,busy_cpus` (already in CPUs).
 */
import { CpuFormatError, rowsToSeries, type CpuRow, type CpuSeries } from './series';

export function parsePbenchCpuCsv(text: string): CpuSeries {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  if (header[0] !== 'timestamp_ms') throw new CpuFormatError('CPU CSV: first column must be timestamp_ms');
  const busyCpusColumn = header.length === 2 && header[1] === 'busy_cpus';
  if (!busyCpusColumn && !header.slice(1).every((h) => /^cpu_?\d+$/.test(h))) {
    throw new CpuFormatError('CPU CSV: expected cpu_NN busy-% columns or a single busy_cpus column');
  }
  const rows: CpuRow[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',').map(Number);
    if (!Number.isFinite(cells[0])) continue;
    const sum = cells.slice(1).reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
    rows.push({ timeMs: cells[0], cpu: 'sum', busyPct: busyCpusColumn ? sum * 100 : sum });
  }
  return rowsToSeries('pbench CPU CSV', rows, null);
}
