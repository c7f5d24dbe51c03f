/** `mpstat -o JSON` (sysstat ≥ 11): {"sysstat":{"hosts":[{"number-of-cpus","date","statistics":[{"timestamp","cpu-load":[...]}]}]}}. */
import { DayClock, parseClock, parseSysstatDate } from './clock';
import { busyPercent, CpuFormatError, rowsToSeries, type CpuRow, type CpuSeries } from './series';

export function parseMpstatJson(text: string): CpuSeries {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new CpuFormatError('mpstat JSON: it is not valid JSON');
  }
  const host = (doc as { sysstat?: { hosts?: unknown[] } })?.sysstat?.hosts?.[0] as Record<string, unknown> | undefined;
  if (!host || !Array.isArray(host.statistics)) throw new CpuFormatError('mpstat JSON: no sysstat.hosts[0].statistics');
  const date = typeof host.date === 'string' ? parseSysstatDate(host.date) : null;
  if (date === null) {
    throw new CpuFormatError(host.date === undefined ? 'mpstat JSON: the host has no date' : `mpstat JSON: unreadable date ${JSON.stringify(host.date)}`);
  }
  const ncpus = typeof host['number-of-cpus'] === 'number' ? host['number-of-cpus'] : null;
  const clock = new DayClock(date);
  const rows: CpuRow[] = [];
  for (const entry of host.statistics as Array<Record<string, unknown>>) {
    const time = typeof entry.timestamp === 'string' ? parseClock(entry.timestamp) : null;
    if (time === null || !Array.isArray(entry['cpu-load'])) continue;
    const timeMs = clock.at(time);
    for (const load of entry['cpu-load'] as Array<Record<string, unknown>>) {
      const columns: Record<string, number> = {};
      for (const [key, value] of Object.entries(load)) if (typeof value === 'number') columns[key] = value;
      const busy = busyPercent(columns);
      if (busy !== null) rows.push({ timeMs, cpu: String(load.cpu), busyPct: busy });
    }
  }
  return rowsToSeries('mpstat JSON', rows, ncpus);
}
