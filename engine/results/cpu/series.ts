/**
 * Per-side CPU data as busy-CPU intervals, and the CPU-seconds they hold inside a time window.
 * "Busy" = 100 − %idle − %iowait − %steal (= usr+nice+sys+irq+soft+guest+gnice), in CPUs
 * (1.0 = one logical CPU fully busy), as pbench and crucible define it.
 */
export interface CpuInterval {
  startMs: number;
  endMs: number;
  busyCpus: number;
}

export interface CpuSeries {
  format: string;
  intervals: CpuInterval[];
}

export class CpuFormatError extends Error {}

/** One sysstat-style row: a CPU (`all`, `-1` or a number) at a sample time. */
export interface CpuRow {
  timeMs: number;
  cpu: string;
  busyPct: number;
  /** Explicit interval length (sadf -d), else inferred. */
  intervalMs?: number;
}

/** Busy % from a row of named columns (names without `%`; `user`/`system` accepted for sar -u). */
export function busyPercent(columns: Record<string, number>): number | null {
  if (columns.idle !== undefined) return 100 - columns.idle - (columns.iowait ?? 0) - (columns.steal ?? 0);
  const parts = ['usr', 'user', 'nice', 'sys', 'system', 'irq', 'soft', 'guest', 'gnice'].filter((k) => columns[k] !== undefined);
  return parts.length ? parts.reduce((s, k) => s + columns[k], 0) : null;
}

export function isAllCpu(cpu: string): boolean {
  return cpu === 'all' || cpu === '-1';
}

/**
* Group rows into samples and turn them into contiguous intervals.
 * A sample is a run of rows with the same time and no repeated CPU id (mpstat can print the same
 * second twice when it wakes late, so time alone is not a key). Per sample: Σ per-CPU busy/100 when
 * per-CPU rows exist, else the all-CPU row × ncpus.
 * sysstat times have 1-s resolution (truncated). When every time is a whole second, a sample
 * stamped T is taken to end at T + 0.5 s (the centre of the truncated second); k samples sharing
 * the same second end at T + j/(k+1) s, j = 1..k. Each sample then covers the time since the
 * previous sample's end (sysstat diffs consecutive readings, so intervals are contiguous; a skipped
 * second makes a longer interval, not a hole). The first sample covers the explicit interval if
 * given (sadf -d), else the median positive gap between samples (1 s if there is only one).
 */
export function rowsToSeries(format: string, rows: readonly CpuRow[], ncpus: number | null): CpuSeries {
  const samples = groupSamples(rows);
  if (samples.length === 0) throw new CpuFormatError(`${format}: no CPU samples found`);
  const times = samples.map((s) => s[0].timeMs);
  const ends = times.every((t) => t % 1000 === 0) ? spreadWithinSeconds(times) : times;
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i += 1) if (times[i] > times[i - 1]) gaps.push(times[i] - times[i - 1]);
  const nominal = samples[0][0].intervalMs ?? medianOf(gaps) ?? 1000;
  const intervals = samples.map((sample, i): CpuInterval => ({
    startMs: i === 0 ? ends[0] - nominal : ends[i - 1],
    endMs: ends[i],
    busyCpus: sampleBusyCpus(format, sample, ncpus),
  }));
  return { format, intervals };
}

/** Whole-second stamps → estimated end times: a lone stamp T → T+500; k equal stamps → T + j·1000/(k+1). */
function spreadWithinSeconds(times: readonly number[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < times.length; ) {
    let j = i;
    while (j < times.length && times[j] === times[i]) j += 1;
    const k = j - i;
    for (let n = 1; n <= k; n += 1) ends.push(times[i] + (n * 1000) / (k + 1));
    i = j;
  }
  return ends;
}

function groupSamples(rows: readonly CpuRow[]): CpuRow[][] {
  const samples: CpuRow[][] = [];
  let current: CpuRow[] = [];
  let seen = new Set<string>();
  for (const row of rows) {
    if (current.length > 0 && (row.timeMs !== current[0].timeMs || seen.has(row.cpu))) {
      samples.push(current);
      current = [];
      seen = new Set();
    }
    current.push(row);
    seen.add(row.cpu);
  }
  if (current.length > 0) samples.push(current);
  return samples;
}

function sampleBusyCpus(format: string, sample: readonly CpuRow[], ncpus: number | null): number {
  const perCpu = sample.filter((r) => !isAllCpu(r.cpu));
  if (perCpu.length > 0) return perCpu.reduce((s, r) => s + Math.max(0, r.busyPct), 0) / 100;
  if (ncpus === null) throw new CpuFormatError(`${format}: only all-CPU rows and no CPU count, cannot express busy CPUs`);
  return (Math.max(0, sample[0].busyPct) / 100) * ncpus;
}

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface WindowCpu {
  /** CPU-seconds inside the window: Σ busyCpus × overlap(interval, window). */
  cpuSeconds: number;
  /** Fraction of the window covered by samples (0..1). */
  coverage: number;
}

export function cpuInWindow(series: CpuSeries, startMs: number, endMs: number): WindowCpu {
  let cpuMs = 0;
  const covered: Array<[number, number]> = [];
  for (const interval of series.intervals) {
    const from = Math.max(startMs, interval.startMs);
    const to = Math.min(endMs, interval.endMs);
    if (to <= from) continue;
    cpuMs += interval.busyCpus * (to - from);
    covered.push([from, to]);
  }
  return { cpuSeconds: cpuMs / 1000, coverage: endMs > startMs ? unionLength(covered) / (endMs - startMs) : 0 };
}

function unionLength(ranges: Array<[number, number]>): number {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [curFrom, curTo] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [from, to] of sorted) {
    if (from > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      [curFrom, curTo] = [from, to];
    } else curTo = Math.max(curTo, to);
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}
