/**
 * The one place the view touches the results engine (server/src/results): loading and comparing
 * two run folders, and the export formatters. Parsing and statistics live there, not here.
 */
import type { DiffReport } from '../../../server/src/results/model';
import type { ExportFormat } from './protocol';

export const DEFAULT_NOISE_THRESHOLD = 5;

export async function compareRunFolders(a: string, b: string, noiseThreshold: number): Promise<DiffReport> {
  void a;
  void b;
  void noiseThreshold;
  throw new Error('The results engine (server/src/results) is not available in this build yet.');
}

export function formatReport(report: DiffReport, format: ExportFormat): string {
  void report;
  throw new Error(`No ${format} formatter in the results engine yet.`);
}
