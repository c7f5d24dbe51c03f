/** All report formatters behind one switch (CLI `--format`, webview exports). */
import type { DiffReport } from '../model';
import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatMarkdown } from './md';
import { formatText } from './text';

export type ReportFormat = 'text' | 'json' | 'csv' | 'md' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'csv', 'md', 'html'];

export function formatReport(report: DiffReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return formatCsv(report);
    case 'md':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
    default:
      return formatText(report);
  }
}
