/** Filters (RR/STR, user level, metric) and the export / reload buttons. */
import { METRIC_IDS, type MetricId } from '../../../../engine/results/model';
import type { ExportFormat } from '../protocol';
import { h } from './dom';
import { METRIC_LABELS, type CategoryFilter, type Filters } from './viewModel';

export interface ToolbarHandlers {
  onFilters(filters: Filters): void;
  onExport(format: ExportFormat): void;
  onExportPng(): void;
  onReload(): void;
}

const CATEGORIES: readonly [CategoryFilter, string][] = [
  ['all', 'All tests'],
  ['rr', 'RR (request/response)'],
  ['str', 'STR (streaming)'],
  ['other', 'Other'],
];

export function renderToolbar(doc: Document, filters: Filters, levels: readonly number[], handlers: ToolbarHandlers): HTMLElement {
  const category = select(doc, 'filter-category', CATEGORIES, filters.category);
  const userOptions: [string, string][] = [['all', 'All user levels'], ...levels.map((n): [string, string] => [String(n), `${n} user${n === 1 ? '' : 's'}`])];
  const users = select(doc, 'filter-users', userOptions, filters.users === null ? 'all' : String(filters.users));
  const metricBoxes = METRIC_IDS.map((id) => checkbox(doc, id, filters.metrics.includes(id)));

  const emit = () =>
    handlers.onFilters({
      category: category.value as CategoryFilter,
      users: users.value === 'all' ? null : Number(users.value),
      metrics: metricBoxes.filter((box) => box.input.checked).map((box) => box.id),
    });
  category.addEventListener('change', emit);
  users.addEventListener('change', emit);
  for (const box of metricBoxes) box.input.addEventListener('change', emit);

  return h(
    doc,
    'div',
    { class: 'toolbar', role: 'toolbar' },
    labelled(doc, 'filter-category', 'Tests', category),
    labelled(doc, 'filter-users', 'Users', users),
    h(doc, 'fieldset', {}, h(doc, 'legend', {}, 'Metrics'), ...metricBoxes.map((box) => box.label)),
    button(doc, 'Export PNG', handlers.onExportPng),
    button(doc, 'Export CSV', () => handlers.onExport('csv')),
    button(doc, 'Export Markdown', () => handlers.onExport('md')),
    button(doc, 'Export HTML', () => handlers.onExport('html')),
    button(doc, 'Reload', handlers.onReload, 'secondary'),
  );
}

function select(doc: Document, id: string, options: readonly (readonly [string, string])[], selected: string): HTMLSelectElement {
  const element = h(doc, 'select', { id }, ...options.map(([value, text]) => h(doc, 'option', { value }, text))) as HTMLSelectElement;
  element.value = selected;
  return element;
}

function labelled(doc: Document, id: string, text: string, control: HTMLElement): HTMLElement {
  return h(doc, 'span', {}, h(doc, 'label', { for: id }, `${text} `), control);
}

function checkbox(doc: Document, id: MetricId, checked: boolean): { id: MetricId; input: HTMLInputElement; label: HTMLElement } {
  const input = h(doc, 'input', { type: 'checkbox', id: `metric-${id}` }) as HTMLInputElement;
  input.checked = checked;
  return { id, input, label: h(doc, 'label', { for: `metric-${id}` }, input, ` ${METRIC_LABELS[id]} `) };
}

function button(doc: Document, text: string, onClick: () => void, className?: string): HTMLElement {
  const element = h(doc, 'button', { type: 'button', class: className }, text);
  element.addEventListener('click', onClick);
  return element;
}
