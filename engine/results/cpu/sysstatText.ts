/**
 * sysstat text: `sar` (-A, -u ALL -P ALL) and `mpstat -P ALL` stdout. First line
 * `Linux <rel> (<host>) \t<date> \t_x86_64_\t(<n> CPU)`; blocks start with a header
 * `HH:MM:SS [AM|PM] CPU %usr ...`; columns are mapped by header name (sar and mpstat order them
 * differently). Blocks without `CPU` and `%idle` (sar -A's other activities) and `Average:` rows are skipped.
 */
import { DayClock, parseClock, parseSysstatDate } from './clock';
import { busyPercent, CpuFormatError, rowsToSeries, type CpuRow, type CpuSeries } from './series';

const BANNER_RE = /^Linux\s+\S+\s+\(([^)]*)\)\s+(\S+)\s+\S+\s+\((\d+) CPU\)/;

export function parseSysstatText(text: string): CpuSeries {
  const lines = text.split(/\r?\n/);
  const banner = BANNER_RE.exec(lines[0] ?? '');
  if (!banner) throw new CpuFormatError('sysstat text: first line is not a "Linux ... (N CPU)" banner');
  const date = parseSysstatDate(banner[2]);
  if (date === null) throw new CpuFormatError(`sysstat text: unreadable date "${banner[2]}"`);
  const ncpus = Number(banner[3]);
  const clock = new DayClock(date);
  const rows: CpuRow[] = [];
  let header: string[] | null = null;
  for (const line of lines.slice(1)) {
    const tokens = line.trim().split(/\s+/);
    if (line.trim() === '' || tokens[0] === 'Average:') {
      header = null;
      continue;
    }
    const timeTokens = /^(AM|PM)$/i.test(tokens[1] ?? '') ? 2 : 1;
    const time = parseClock(tokens.slice(0, timeTokens).join(' '));
    if (time === null) continue;
    const cells = tokens.slice(timeTokens);
    if (cells.includes('CPU')) {
      header = cells.includes('%idle') && cells[0] === 'CPU' ? cells.map((c) => c.replace(/^%/, '')) : null;
      continue;
    }
    if (!header || cells.length !== header.length) continue;
    const columns: Record<string, number> = {};
    header.forEach((name, i) => {
      if (i > 0) columns[name] = Number(cells[i]);
    });
    const busy = busyPercent(columns);
    if (busy !== null && Number.isFinite(busy)) rows.push({ timeMs: clock.at(time), cpu: cells[0], busyPct: busy });
  }
  return rowsToSeries('sysstat text', rows, ncpus);
}
