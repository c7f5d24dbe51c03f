/**
 * Two or more `/proc/stat` snapshots (our format): each block is an
 * `@<epoch_ms>` line followed by a verbatim copy of /proc/stat; an optional `USER_HZ=<n>` line
 * (default 100). busy ticks = user+nice+system+irq+softirq of the `cpu` line (guest and
 * guest_nice are already inside user/nice, so they are not added). Between consecutive snapshots:
 * busy CPUs = Δbusy_ticks / USER_HZ / Δt. Timestamps are exact, so no half-second shift applies.
 */
import { CpuFormatError, type CpuInterval, type CpuSeries } from './series';

export function parseProcStat(text: string): CpuSeries {
  let hz = 100;
  const snapshots: Array<{ tMs: number; busy: number | null }> = [];
  for (const line of text.split(/\r?\n/)) {
    const at = /^@(\d+(?:\.\d+)?)\s*$/.exec(line);
    const hzLine = /^USER_HZ=(\d+)\s*$/.exec(line);
    if (hzLine) hz = Number(hzLine[1]);
    else if (at) snapshots.push({ tMs: Number(at[1]), busy: null });
    else if (/^cpu\s/.test(line) && snapshots.length > 0) {
      const f = line.trim().split(/\s+/).slice(1).map(Number);
      snapshots[snapshots.length - 1].busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0);
    }
  }
  const usable = snapshots.filter((s): s is { tMs: number; busy: number } => s.busy !== null);
  if (usable.length < 2) throw new CpuFormatError('/proc/stat snapshots: need at least two "@<epoch_ms>" blocks with a "cpu" line');
  const intervals: CpuInterval[] = [];
  for (let i = 1; i < usable.length; i += 1) {
    const dt = usable[i].tMs - usable[i - 1].tMs;
    if (dt <= 0) throw new CpuFormatError('/proc/stat snapshots: timestamps must increase');
    intervals.push({ startMs: usable[i - 1].tMs, endMs: usable[i].tMs, busyCpus: (usable[i].busy - usable[i - 1].busy) / hz / (dt / 1000) });
  }
  return { format: '/proc/stat snapshots', intervals };
}
