/** Webview entry (bundled to dist/webview.js). Talks to the extension only through postMessage. */
import type { Chart } from 'chart.js';
import type { DiffReport } from '../../../../engine/results/model';
import type { FromWebview, RenderedState, ToWebview } from '../protocol';
import { drawChart } from './chart';
import { clear } from './dom';
import { renderError, renderLoading } from './sections';
import { collectRenderedState } from './state';
import { readThemeColors } from './theme';
import { renderReportView } from './view';
import { buildChartData, DEFAULT_FILTERS, toggleSort, type Filters, type SortState } from './viewModel';
import { restoreViewState, type SavedViewState } from './saved';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: SavedViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app') as HTMLElement;
const saved = restoreViewState(vscode.getState());
const scriptsAtStart = document.querySelectorAll('script').length;

let view: RenderedState['view'] = 'loading';
let report: DiffReport | undefined;
let noiseThreshold = 5;
let filters: Filters = saved?.filters ?? DEFAULT_FILTERS;
let sort: SortState = saved?.sort ?? { key: 'test', direction: 'ascending' };
let paths = { a: saved?.a ?? '', b: saved?.b ?? '' };
let chart: Chart<'bar'> | undefined;
let chartLabels: string[] = [];

function persist(): void {
  if (paths.a && paths.b) vscode.setState({ ...paths, filters, sort });
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name);
}

function render(): void {
  chart?.destroy();
  chart = undefined;
  chartLabels = [];
  if (!report) return;
  const current = report;
  const canvas = renderReportView(document, root, {
    report: current,
    filters,
    sort,
    noiseThreshold,
    onSort: (key) => update(() => (sort = toggleSort(sort, key))),
    onFilters: (next) => update(() => (filters = next)),
    onExport: (format) => vscode.postMessage({ type: 'export', format }),
    onExportPng: exportPng,
    onReload: () => vscode.postMessage({ type: 'reload' }),
  });
  const data = buildChartData(current, filters);
  chartLabels = data.labels;
  if (canvas) chart = drawChart(canvas, data, readThemeColors(cssVariable), chartTitle(current));
}

function chartTitle(current: DiffReport): string {
  return `B: ${current.b.label || current.b.path} vs A: ${current.a.label || current.a.path}`;
}

function update(change: () => void): void {
  change();
  persist();
  render();
  reportRendered();
}

function exportPng(): void {
  if (!chart) return;
  vscode.postMessage({ type: 'exportPng', dataUrl: chart.toBase64Image('image/png', 1) });
}

function currentState(): RenderedState {
  const labels = report ? { a: report.a.label, b: report.b.label } : { a: '', b: '' };
  return collectRenderedState(document, view, chartLabels, labels, scriptsAtStart);
}

function reportRendered(): void {
  vscode.postMessage({ type: 'rendered', state: currentState() });
}

function handle(message: ToWebview): void {
  switch (message.type) {
    case 'loading':
      paths = { a: message.a, b: message.b };
      persist();
      if (report) return; // keep showing the old report while a reload runs
      view = 'loading';
      clear(root);
      root.appendChild(renderLoading(document, message.a, message.b));
      break;
    case 'report':
      report = message.report;
      noiseThreshold = message.noiseThreshold;
      paths = { a: message.report.a.path, b: message.report.b.path };
      persist();
      view = message.report.tests.length === 0 ? 'empty' : 'report';
      render();
      break;
    case 'error':
      chart?.destroy();
      chart = undefined;
      view = 'error';
      report = undefined;
      clear(root);
      root.appendChild(renderError(document, message.message, message.a, message.b));
      break;
    case 'requestState':
      vscode.postMessage({ type: 'state', requestId: message.requestId, state: currentState() });
      return;
  }
  reportRendered();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data && typeof event.data === 'object' && typeof event.data.type === 'string') handle(event.data);
});

// Theme switches change the body class; chart colours are read from CSS variables, so redraw.
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

vscode.postMessage({ type: 'ready' });
