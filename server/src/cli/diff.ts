/**
 * `kvmtune diff <runA> <runB> [--format text|json|csv|md|html] [--noise-threshold P] [--convention paper|plain] [--latency uperf|window]`
 * Exit 0 with the report on stdout; 2 on usage or I/O errors (message on stderr, nothing on stdout).
 * Unparsable files inside a run are not errors: they are listed under "problems".
 */
import { compareRuns, DEFAULT_NOISE_THRESHOLD, type DeltaConvention } from '../../../engine/results/compare';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../../../engine/results/format';
import { loadRun } from '../../../engine/results/loadRun';
import { LATENCY_DEFINITIONS, type LatencyDefinition } from '../../../engine/results/sampleMetrics';
import { choice, parseArgs, UsageError, type CliIo } from './args';

export const DIFF_USAGE =
  'Usage: kvmtune diff <runA> <runB> [--format text|json|csv|md|html] [--noise-threshold P] [--convention paper|plain] [--latency uperf|window]\n';

export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  let format: ReportFormat;
  let noiseThreshold: number;
  let convention: DeltaConvention;
  let latency: LatencyDefinition;
  let folders: string[];
  try {
    const args = parseArgs(argv, ['format', 'noise-threshold', 'convention', 'latency'], []);
    latency = choice(args, 'latency', LATENCY_DEFINITIONS, 'uperf');
    format = choice(args, 'format', REPORT_FORMATS, 'text');
    convention = choice(args, 'convention', ['paper', 'plain'] as const, 'paper');
    noiseThreshold = threshold(args.options.get('noise-threshold'));
    folders = args.positional;
    if (folders.length !== 2) throw new UsageError(`expected two run folders, got ${folders.length}`);
  } catch (error) {
    io.stderr(`kvmtune diff: ${error instanceof Error ? error.message : String(error)}\n${DIFF_USAGE}`);
    return 2;
  }
  const loaded = await Promise.allSettled(folders.map((folder) => loadRun(folder, { latency })));
  const failures = loaded.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failures.length > 0 || loaded[0].status !== 'fulfilled' || loaded[1].status !== 'fulfilled') {
    for (const failure of failures) io.stderr(`kvmtune diff: ${failure}\n`);
    return 2;
  }
  const report = compareRuns(loaded[0].value, loaded[1].value, { noiseThreshold, convention });
  io.stdout(formatReport(report, format));
  return 0;
}

function threshold(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_NOISE_THRESHOLD;
  const parsed = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed)) throw new UsageError('--noise-threshold must be a non-negative number (percent)');
  return parsed;
}
