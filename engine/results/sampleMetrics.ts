/**
 * The paper's four metrics for one uperf client run, over the
 * measurement window W (see uperfWindow.ts) with bytes = Δnr_bytes, ops = Δnr_ops, s = seconds:
 *   throughput  rr: trans/s = ops / opsPerTxn / s   (opsPerTxn from the Txn table, else 2 for rr)
 *               str/other: MB/s = bytes / 1e6 / s
 *   latency     'uperf' (default): the Txn-table `avg` of the timed transaction, the number uperf
 *               itself reports and the paper's figures plot (the mean time one thread spends per
 *               transaction); when the output has no Txn table (no `-a`), the window definition.
 *               'window': users / (transactions or ops per s) · 1e6 (Little's law, pbench `usec`).
 *               The two part at high user counts: threads start over the first few hundred ms and
 *               some finish early, so the window holds fewer active users than `users` and Little's
 *               law overstates the time (~3 points of Δ % at 250 users in the sample runs).
 *   cpuClient / cpuServer: CPU-s per MB = CPU_s(side, W) / (bytes / 1e6)
 *               CPU_s = Σ busy CPUs × overlap with W; the same client-side bytes for both sides.
 * users = the test name's `--N`, else threads+processes from the Starting line.
 */
import { cpuInWindow, type CpuSeries } from './cpu/series';
import { throughputUnit, type SampleResult } from './run';
import type { TestId } from './testName';
import type { UperfWindow } from './uperfWindow';

/** Minimum fraction of W that CPU samples must cover before a CPU/MB value is given. */
export const MIN_CPU_COVERAGE = 0.9;

/** How transaction time is defined; see the header. */
export type LatencyDefinition = 'uperf' | 'window';
export const LATENCY_DEFINITIONS: readonly LatencyDefinition[] = ['uperf', 'window'];

export interface CpuInput {
  series: CpuSeries | null;
  file: string | null;
}

export interface SampleComputation {
  result: SampleResult;
  /** Reasons a CPU value is missing although a file was given. */
  problems: Array<{ file: string; reason: string }>;
}

export function computeSample(
  id: TestId,
  sample: string,
  file: string,
  window: UperfWindow,
  client: CpuInput,
  server: CpuInput,
  latencyDefinition: LatencyDefinition = 'uperf',
): SampleComputation {
  const problems: Array<{ file: string; reason: string }> = [];
  const users = id.users ?? window.strands;
  const opsPerTxn = window.opsPerTxn ?? (id.category === 'rr' ? 2 : 1);
  const transPerSec = window.ops / opsPerTxn / window.seconds;
  const opsPerSec = window.ops / window.seconds;
  const mb = window.bytes / 1e6;
  const throughput = id.category === 'rr' ? transPerSec : mb / window.seconds;
  const rate = id.category === 'rr' ? transPerSec : opsPerSec;
  const littlesLaw = users !== null && rate > 0 ? (users / rate) * 1e6 : null;
  const measured = uperfAverage(window);
  const latencySource = latencyDefinition === 'uperf' && measured !== null ? 'uperf' : 'window';
  const latency = latencySource === 'uperf' ? measured : littlesLaw;
  const cpu = (side: CpuInput): number | null => {
    if (!side.series || !side.file) return null;
    if (window.startMs === null || window.endMs === null) {
      problems.push({ file: side.file, reason: 'the uperf output has no raw timestamps (run uperf with -R), so CPU cannot be windowed' });
      return null;
    }
    if (!(mb > 0)) return null;
    const inWindow = cpuInWindow(side.series, window.startMs, window.endMs);
    if (inWindow.coverage < MIN_CPU_COVERAGE) {
      problems.push({
        file: side.file,
        reason: `CPU samples cover ${(inWindow.coverage * 100).toFixed(0)} % of the measurement window ` +
          `(${new Date(window.startMs).toISOString()} to ${new Date(window.endMs).toISOString()}); times are read as UTC`,
      });
      return null;
    }
    return inWindow.cpuSeconds / mb;
  };
  return {
    result: {
      sample,
      file,
      values: {
        throughput: Number.isFinite(throughput) ? throughput : null,
        latency: latency !== null && Number.isFinite(latency) ? latency : null,
        cpuClient: cpu(client),
        cpuServer: cpu(server),
      },
      throughputUnit: throughputUnit(id.category),
      detail: {
        source: window.source,
        txn: window.txn,
        startMs: window.startMs,
        endMs: window.endMs,
        seconds: window.seconds,
        bytes: window.bytes,
        ops: window.ops,
        opsPerTxn,
        users,
        latencySource,
      },
    },
    problems,
  };
}

/** The Txn-table average, unless it is missing or impossible (uperf prints overflow sentinels in that table). */
function uperfAverage(window: UperfWindow): number | null {
  const us = window.txnAvgUs;
  return us !== null && Number.isFinite(us) && us > 0 && us <= window.seconds * 1e6 ? us : null;
}
