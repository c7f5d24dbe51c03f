/** Assembles the whole report view; returns the canvas the chart goes on (null when nothing to chart). */
import type { DiffReport } from '../../../../engine/results/model';
import { clear, h } from './dom';
import { renderEmpty, renderProblems, renderRuns, renderSummary } from './sections';
import { renderTable } from './table';
import { renderToolbar, type ToolbarHandlers } from './toolbar';
import { buildTableRows, filterTests, sortRows, userLevels, type Filters, type SortKey, type SortState } from './viewModel';

export interface ReportViewOptions extends ToolbarHandlers {
  report: DiffReport;
  filters: Filters;
  sort: SortState;
  noiseThreshold: number;
  onSort(key: SortKey): void;
}

export function renderReportView(doc: Document, root: HTMLElement, options: ReportViewOptions): HTMLCanvasElement | null {
  clear(root);
  const { report } = options;
  if (report.tests.length === 0) {
    root.appendChild(renderEmpty(doc, report));
    return null;
  }
  const visible = filterTests(report.tests, options.filters);
  const canvas = h(doc, 'canvas', { id: 'diff-chart', role: 'img', 'aria-label': 'Percent difference of run B against run A per test and metric' }) as HTMLCanvasElement;
  const chartNote = `Faint bars: noisy (stddev above ${options.noiseThreshold} %) or not significant (Welch t-test). Whiskers: ± combined stddev % of both runs. Missing bars: n/a.`;
  const rows = sortRows(buildTableRows(report, options.filters), options.sort);
  root.append(
    h(doc, 'h1', {}, 'uperf results: B vs A'),
    renderRuns(doc, report),
    renderToolbar(doc, options.filters, userLevels(report.tests), options),
    renderSummary(doc, report) ?? doc.createTextNode(''),
    visible.length === 0 || options.filters.metrics.length === 0
      ? h(doc, 'p', { class: 'message' }, 'No test or metric matches the filters.')
      : h(doc, 'div', { class: 'chart-box' }, canvas),
    h(doc, 'p', { class: 'legend-note' }, chartNote),
    h(doc, 'h2', {}, `Tests (${visible.length} of ${report.tests.length})`),
    renderTable(doc, rows, options.sort, options.onSort),
    renderProblems(doc, report.problems) ?? doc.createTextNode(''),
  );
  return canvas.isConnected ? canvas : null;
}
