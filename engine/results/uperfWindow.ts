/**
 * The measurement window of one uperf client run: the timed (duration) transaction.
 *
 * Raw `-R` lines (preferred): among the raw `Txn<k>` series pick the one spanning the longest time.
 * Its counters are cumulative since the transaction started, so the window starts
 *   - at its first line when that line reads `nr_bytes:0 nr_ops:0` (pbench captures), else
 *   - at the last line of `Txn<k-1>` with counters taken as 0 (uperf 1.0.8 often prints the first
 *     line of the next transaction a few ms to ~0.5 s after it started, already non-zero), else
 *   - at its first line, counters differenced from there.
 * and ends at its last line: bytes = Δnr_bytes, ops = Δnr_ops, seconds = Δtimestamp_ms / 1000.
 * Fallbacks without raw lines: the last non-raw progress record of the longest `Txn<k>`
 * (bytes = rate × seconds / 8 because the size token may be truncated, ops = op/s × seconds),
 * then the Run Statistics `master` row (whole run including setup and connect).
 */
import { masterRow, type RawPoint, type UperfOutput } from './uperfOutput';

export type WindowSource = 'raw' | 'progress' | 'runstats';

export interface UperfWindow {
  source: WindowSource;
  /** The transaction used, 1-based as in the progress lines (`Txn2`); null for runstats. */
  txn: string | null;
  /** Epoch ms; null when the output has no raw timestamps. */
  startMs: number | null;
  endMs: number | null;
  seconds: number;
  bytes: number;
  ops: number;
  /** Flowops per transaction from the Txn table (Δops / Count), null without `-a`. */
  opsPerTxn: number | null;
  /** Txn-table `avg` of that transaction (µs), null without `-a`. */
  txnAvgUs: number | null;
  /** threads + processes from the Starting line. */
  strands: number | null;
}

export function measurementWindow(out: UperfOutput): UperfWindow | null {
  const base = rawWindow(out) ?? progressWindow(out) ?? runStatsWindow(out);
  if (!base || !(base.seconds > 0)) return null;
  const txn = base.txn;
  const row = txn ? out.txnTable.find((r) => r.name === `Txn${Number(txn.slice(3)) - 1}`) : undefined;
  const opsPerTxn = row && row.count > 0 && base.source !== 'runstats' ? Math.max(1, Math.round(base.ops / row.count)) : null;
  return { ...base, opsPerTxn, txnAvgUs: row ? row.avgUs : null, strands: out.strands };
}

type BaseWindow = Omit<UperfWindow, 'opsPerTxn' | 'txnAvgUs' | 'strands'>;

function txnSeries<T>(map: Map<string, T[]>): Array<[number, T[]]> {
  return [...map.entries()]
    .filter(([name, list]) => /^Txn\d+$/.test(name) && list.length > 0)
    .map(([name, list]): [number, T[]] => [Number(name.slice(3)), list])
    .sort((x, y) => x[0] - y[0]);
}

function rawWindow(out: UperfOutput): BaseWindow | null {
  const series = txnSeries(out.raw);
  let best: BaseWindow | null = null;
  for (const [k, points] of series) {
    const start = windowStart(points, out.raw.get(`Txn${k - 1}`));
    const end = points[points.length - 1];
    const seconds = (end.tMs - start.tMs) / 1000;
    const candidate: BaseWindow = {
      source: 'raw',
      txn: `Txn${k}`,
      startMs: start.tMs,
      endMs: end.tMs,
      seconds,
      bytes: end.bytes - start.bytes,
      ops: end.ops - start.ops,
    };
    if (!best || seconds > best.seconds || (seconds === best.seconds && candidate.ops > best.ops)) best = candidate;
  }
  return best;
}

function windowStart(points: RawPoint[], previous: RawPoint[] | undefined): RawPoint {
  const first = points[0];
  if (first.bytes === 0 && first.ops === 0) return first;
  if (previous && previous.length > 0) {
    const last = previous[previous.length - 1];
    if (last.tMs <= first.tMs) return { tMs: last.tMs, bytes: 0, ops: 0 };
  }
  return first;
}

function progressWindow(out: UperfOutput): BaseWindow | null {
  let best: BaseWindow | null = null;
  for (const [k, records] of txnSeries(out.progress)) {
    const last = records[records.length - 1];
    const bytes = last.bitsPerSec > 0 ? (last.bitsPerSec * last.seconds) / 8 : last.bytes ?? 0;
    const candidate: BaseWindow = {
      source: 'progress',
      txn: `Txn${k}`,
      startMs: null,
      endMs: null,
      seconds: last.seconds,
      bytes,
      ops: last.opsPerSec * last.seconds,
    };
    if (!best || candidate.seconds > best.seconds) best = candidate;
  }
  return best;
}

function runStatsWindow(out: UperfOutput): BaseWindow | null {
  const master = masterRow(out);
  if (!master) return null;
  const bytes = master.bitsPerSec !== null && master.bitsPerSec > 0 ? (master.bitsPerSec * master.seconds) / 8 : master.bytes ?? 0;
  return { source: 'runstats', txn: null, startMs: null, endMs: null, seconds: master.seconds, bytes, ops: master.operations };
}
