/**
 * `sadf -d <file> -- -u ALL -P ALL`: `# hostname;interval;timestamp;CPU;%usr;...;%idle` then rows
 * `host;<interval s>;<YYYY-MM-DD HH:MM:SS [UTC]>;<cpu or -1>;...`. The interval is explicit.
 */
import { busyPercent, CpuFormatError, rowsToSeries, type CpuRow, type CpuSeries } from './series';

export function parseSadf(text: string): CpuSeries {
  const rows: CpuRow[] = [];
  let header: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      const names = line.slice(1).trim().split(';').map((n) => n.replace(/^%/, ''));
      header = names.includes('CPU') && names.includes('idle') ? names : null;
      continue;
    }
    if (!header || line.trim() === '') continue;
    const cells = line.split(';');
    if (cells.length !== header.length) continue;
    const stamp = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(cells[header.indexOf('timestamp')] ?? '');
    if (!stamp) continue;
    const [y, mo, d, h, mi, s] = stamp.slice(1).map(Number);
    const columns: Record<string, number> = {};
    header.forEach((name, i) => {
      const value = Number(cells[i].replace(',', '.'));
      if (Number.isFinite(value)) columns[name] = value;
    });
    const busy = busyPercent(columns);
    if (busy === null) continue;
    const interval = Number(cells[header.indexOf('interval')]);
    rows.push({
      timeMs: Date.UTC(y, mo - 1, d, h, mi, s),
      cpu: cells[header.indexOf('CPU')],
      busyPct: busy,
      intervalMs: interval > 0 ? interval * 1000 : undefined,
    });
  }
  if (!header && rows.length === 0) throw new CpuFormatError('sadf -d: no "# hostname;interval;timestamp;CPU;...;%idle" header');
  return rowsToSeries('sadf -d', rows, null);
}
