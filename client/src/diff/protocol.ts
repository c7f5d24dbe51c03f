/**
 * Messages between the extension and the results-diff webview. Imported by both bundles, so it
 * must not import `vscode` or touch the DOM.
 */
import type { DiffReport } from '../../../engine/results/model';

export const VIEW_TYPE = 'kvmtune.resultsDiff';
export type ExportFormat = 'csv' | 'md' | 'html';
const EXPORT_FORMATS: readonly string[] = ['csv', 'md', 'html'];

export type ToWebview =
  | { type: 'loading'; a: string; b: string }
  | { type: 'report'; report: DiffReport; noiseThreshold: number }
  | { type: 'error'; message: string; a?: string; b?: string }
  | { type: 'requestState'; requestId: number };

/** What the webview actually put on screen; the e2e tests read it via `kvmtune.diff.debugState`. */
export interface RenderedState {
  view: 'loading' | 'report' | 'empty' | 'error';
  testsRendered: number;
  /** Test names as read back from the table's text, in display order. */
  titles: string[];
  chartLabels: string[];
  labels: { a: string; b: string };
  problems: number;
  message: string;
  /**
   * Evidence for the hostile-input tests: script elements added after the webview started (VS Code
   * itself injects one), img elements, on* attributes, and the mark a payload would set. All 0/false.
   */
  injected: { scripts: number; images: number; inlineHandlers: number; pwned: boolean };
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; state: RenderedState }
  | { type: 'state'; requestId: number; state: RenderedState }
  | { type: 'export'; format: ExportFormat }
  | { type: 'exportPng'; dataUrl: string }
  | { type: 'reload' };

/** Saved with `vscode.setState` so the serializer can reopen the same pair after a window reload. */
export interface PersistedState {
  a: string;
  b: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parsePersistedState(value: unknown): PersistedState | undefined {
  if (!isRecord(value) || typeof value.a !== 'string' || typeof value.b !== 'string') return undefined;
  if (value.a === '' || value.b === '') return undefined;
  return { a: value.a, b: value.b };
}

/** The webview is less trusted than the extension: validate every message before acting on it. */
export function parseFromWebview(value: unknown): FromWebview | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
    case 'reload':
      return { type: value.type };
    case 'export':
      return typeof value.format === 'string' && EXPORT_FORMATS.includes(value.format)
        ? { type: 'export', format: value.format as ExportFormat }
        : undefined;
    case 'exportPng':
      return typeof value.dataUrl === 'string' ? { type: 'exportPng', dataUrl: value.dataUrl } : undefined;
    case 'rendered':
      return isRecord(value.state) ? { type: 'rendered', state: value.state as unknown as RenderedState } : undefined;
    case 'state':
      return typeof value.requestId === 'number' && isRecord(value.state)
        ? { type: 'state', requestId: value.requestId, state: value.state as unknown as RenderedState }
        : undefined;
    default:
      return undefined;
  }
}
