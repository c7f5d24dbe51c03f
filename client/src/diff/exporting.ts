/** Turns the report (or the chart image) into bytes for a file the user saves. */
import type { DiffReport } from '../../../engine/results/model';
import { formatForExport } from './engine';
import type { ExportFormat } from './protocol';

export const EXPORT_FILTERS: Record<ExportFormat | 'png', { name: string; extension: string }> = {
  csv: { name: 'CSV', extension: 'csv' },
  md: { name: 'Markdown', extension: 'md' },
  html: { name: 'HTML', extension: 'html' },
  png: { name: 'PNG image', extension: 'png' },
};

export function exportReport(report: DiffReport, format: ExportFormat): Uint8Array {
  return new TextEncoder().encode(formatForExport(report, format));
}

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Decodes the chart canvas' `toDataURL('image/png')`; anything that is not a PNG is refused. */
export function decodePngDataUrl(dataUrl: string): Uint8Array | undefined {
  if (!dataUrl.startsWith(PNG_PREFIX)) return undefined;
  const base64 = dataUrl.slice(PNG_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte) ? new Uint8Array(bytes) : undefined;
}
