/**
 * The paper's four metrics for one uperf client run, over the
 * measurement window W (see uperfWindow.ts) with bytes = Δnr_bytes, ops = Δnr_ops, s = seconds:
 *   throughput  rr: trans/s = ops / opsPerTxn / s   (opsPerTxn from the Txn table, else 2 for rr)
 *               str/other: MB/s = bytes / 1e6 / s
 *   latency     rr: us = users / (trans/s) · 1e6   (Little's law, pbench `usec`)
 *               str/other: us per flowop = users / (ops/s) · 1e6
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
): SampleComputation {
  const problems: Array<{ file: string; reason: string }> = [];
  const users = id.users ?? window.strands;
  const opsPerTxn = window.opsPerTxn ?? (id.category === 'rr' ? 2 : 1);
  const transPerSec = window.ops / opsPerTxn / window.seconds;
  const opsPerSec = window.ops / window.seconds;
  const mb = window.bytes / 1e6;
  const throughput = id.category === 'rr' ? transPerSec : mb / window.seconds;
  const rate = id.category === 'rr' ? transPerSec : opsPerSec;
  const latency = users !== null && rate > 0 ? (users / rate) * 1e6 : null;
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
      },
    },
    problems,
  };
}
