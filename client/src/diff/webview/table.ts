import { formatP, formatStddev, formatValue } from '../../../../engine/results/format/rows';
import { h } from './dom';
import {
  formatDelta,
  type SortKey,
  type SortState,
  type TableRow,
} from './viewModel';

interface Column {
  key: SortKey | null;
  title: string;
  text?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'test', title: 'Test', text: true },
  { key: 'metric', title: 'Metric', text: true },
  { key: null, title: 'Unit', text: true },
  { key: 'a', title: 'A' },
  { key: 'b', title: 'B' },
  { key: 'deltaPct', title: 'Δ% (B vs A)' },
  { key: 'pValue', title: 'p-value' },
  { key: 'stddevPctA', title: 'stddev% A' },
  { key: 'stddevPctB', title: 'stddev% B' },
  { key: null, title: 'samples A / B' },
  { key: null, title: 'flags', text: true },
];

export function renderTable(doc: Document, rows: readonly TableRow[], sort: SortState, onSort: (key: SortKey) => void): HTMLElement {
  const header = h(doc, 'tr', {}, ...COLUMNS.map((column) => headerCell(doc, column, sort, onSort)));
  const body = h(doc, 'tbody', {}, ...rows.map((row) => renderRow(doc, row)));
  return h(doc, 'table', { id: 'results-table' }, h(doc, 'thead', {}, header), body);
}

function headerCell(doc: Document, column: Column, sort: SortState, onSort: (key: SortKey) => void): HTMLElement {
  const attributes = { scope: 'col', class: column.text ? 'text' : undefined };
  if (column.key === null) return h(doc, 'th', attributes, column.title);
  const key = column.key;
  const button = h(doc, 'button', { type: 'button', title: `Sort by ${column.title}` }, column.title);
  button.addEventListener('click', () => onSort(key));
  return h(doc, 'th', { ...attributes, 'aria-sort': sort.key === key ? sort.direction : 'none' }, button);
}

function renderRow(doc: Document, row: TableRow): HTMLElement {
  const classes = [row.noisy ? 'noisy' : '', row.significant === false ? 'not-significant' : ''].filter(Boolean).join(' ');
  const cells = [
    h(doc, 'td', { class: 'test-name text' }, row.test),
    h(doc, 'td', { class: 'text' }, row.metricLabel),
    h(doc, 'td', { class: 'text' }, row.unit),
    h(doc, 'td', {}, formatValue(row.a)),
    h(doc, 'td', {}, formatValue(row.b)),
    h(doc, 'td', { class: `delta ${deltaClass(row.deltaPct)}`.trim() }, formatDelta(row.deltaPct)),
    h(doc, 'td', {}, formatP(row.pValue)),
    h(doc, 'td', {}, formatStddev(row.stddevPctA)),
    h(doc, 'td', {}, formatStddev(row.stddevPctB)),
    h(doc, 'td', {}, row.samples),
    h(doc, 'td', { class: 'flag text' }, rowFlags(row)),
  ];
  return h(doc, 'tr', { class: classes || undefined, 'data-metric': row.metric }, ...cells);
}

function deltaClass(delta: number | null): string {
  if (delta === null || delta === 0) return '';
  return delta > 0 ? 'better' : 'worse';
}

export function rowFlags(row: TableRow): string {
  const flags: string[] = [];
  if (row.noisy) flags.push('noisy');
  if (row.significant === false) flags.push('not significant');
  return flags.join(', ');
}
