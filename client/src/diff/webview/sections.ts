/** Static parts of the view: run header, summary, problems and the full-panel messages. */
import type { DiffReport, Problem, RunRef } from '../../../../engine/results/model';
import { h } from './dom';
import { formatConfig, METRIC_LABELS } from './viewModel';

export function renderRuns(doc: Document, report: DiffReport): HTMLElement {
  return h(doc, 'section', { class: 'runs', 'aria-label': 'Compared runs' }, ...runRows(doc, 'A (baseline)', report.a), ...runRows(doc, 'B', report.b));
}

function runRows(doc: Document, role: string, run: RunRef): HTMLElement[] {
  const config = formatConfig(run.config);
  return [
    h(doc, 'strong', {}, role),
    h(doc, 'div', {}, h(doc, 'span', { class: 'run-label' }, run.label || '(no label)'), ' ', h(doc, 'span', { class: 'path' }, run.path)),
    h(doc, 'span', {}),
    h(doc, 'div', { class: 'config' }, config === '' ? 'no config in run.json' : config),
  ];
}

export function renderSummary(doc: Document, report: DiffReport): HTMLElement | null {
  if (!report.summary || report.summary.length === 0) return null;
  return h(doc, 'section', { id: 'summary' }, h(doc, 'h2', {}, 'Summary'), h(doc, 'ul', {}, ...report.summary.map((line) => h(doc, 'li', {}, `${METRIC_LABELS[line.metric] ?? line.metric}: ${line.text}`))));
}

export function renderProblems(doc: Document, problems: readonly Problem[]): HTMLElement | null {
  if (problems.length === 0) return null;
  const items = problems.map((problem) => h(doc, 'li', {}, h(doc, 'span', { class: 'file' }, problem.file), ': ', problem.reason));
  return h(
    doc,
    'section',
    { id: 'problems', class: 'problems' },
    h(doc, 'h2', {}, `Problems (${problems.length})`),
    h(doc, 'p', { class: 'status' }, 'These files could not be read or parsed; every other test is still compared.'),
    h(doc, 'ul', {}, ...items),
  );
}

/** An empty or non-run folder: say so plainly, and still list the problems found. */
export function renderEmpty(doc: Document, report: DiffReport): HTMLElement {
  const which = report.tests.length === 0 ? 'No test appears in both runs.' : '';
  return h(
    doc,
    'div',
    { id: 'empty' },
    h(doc, 'h1', {}, 'Nothing to compare'),
    h(
      doc,
      'p',
      { class: 'message' },
      `${which} A run folder holds uperf client output named <test>[.<sample>].txt (for example rr1c-1x1--1.txt), optionally with CPU files and a run.json.`,
    ),
    h(doc, 'p', {}, 'A: ', h(doc, 'span', { class: 'path' }, report.a.path)),
    h(doc, 'p', {}, 'B: ', h(doc, 'span', { class: 'path' }, report.b.path)),
    renderProblems(doc, report.problems),
  );
}

export function renderError(doc: Document, message: string, a?: string, b?: string): HTMLElement {
  return h(
    doc,
    'div',
    { id: 'error' },
    h(doc, 'h1', {}, 'Could not compare the runs'),
    h(doc, 'p', { class: 'message error' }, message),
    a ? h(doc, 'p', {}, 'A: ', h(doc, 'span', { class: 'path' }, a)) : null,
    b ? h(doc, 'p', {}, 'B: ', h(doc, 'span', { class: 'path' }, b)) : null,
  );
}

export function renderLoading(doc: Document, a: string, b: string): HTMLElement {
  return h(doc, 'div', { id: 'loading' }, h(doc, 'p', { class: 'status' }, 'Loading uperf runs…'), h(doc, 'p', { class: 'path' }, a), h(doc, 'p', { class: 'path' }, b));
}
