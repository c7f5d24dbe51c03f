/**
 * The one place the view touches the results engine (engine/results): loading and comparing
 * two run folders, and the export formatters. Parsing and statistics live there, not here.
 */
import { compareRuns, DEFAULT_NOISE_THRESHOLD, type CompareOptions } from '../../../engine/results/compare';
import { formatReport } from '../../../engine/results/format';
import type { BuildOptions } from '../../../engine/results/buildRun';
import { loadRun } from '../../../engine/results/loadRun';
import type { DiffReport } from '../../../engine/results/model';
import type { ExportFormat } from './protocol';

export { DEFAULT_NOISE_THRESHOLD };

/** Loads both folders; when either is unusable (missing, empty, not a run) the error names each one that is. */
export type ViewOptions = CompareOptions & BuildOptions;

export async function compareRunFolders(a: string, b: string, options: ViewOptions): Promise<DiffReport> {
  const [runA, runB] = await Promise.allSettled([loadRun(a, { latency: options.latency }), loadRun(b, { latency: options.latency })]);
  if (runA.status === 'fulfilled' && runB.status === 'fulfilled') return compareRuns(runA.value, runB.value, options);
  const reasons = [runA, runB].flatMap((result) => (result.status === 'rejected' ? [messageOf(result.reason)] : []));
  throw new Error(reasons.join('\n'));
}

/** `kvmtune.diff.*` settings as engine options; out-of-range values fall back to the defaults. */
export function compareOptionsFrom(config: { get<T>(key: string): T | undefined }): Required<Pick<ViewOptions, 'noiseThreshold' | 'convention' | 'latency'>> {
  const threshold = config.get<number>('noiseThreshold');
  const convention = config.get<string>('convention');
  return {
    noiseThreshold: typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 ? threshold : DEFAULT_NOISE_THRESHOLD,
    convention: convention === 'plain' ? 'plain' : 'paper',
    latency: config.get<string>('latency') === 'window' ? 'window' : 'uperf',
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The engine's csv / md / html formatters (the same as `kvmtune diff --format`). */
export function formatForExport(report: DiffReport, format: ExportFormat): string {
  return formatReport(report, format);
}
