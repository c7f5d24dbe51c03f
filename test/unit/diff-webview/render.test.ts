import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from '../../../client/src/diff/webview/dom';
import { renderError } from '../../../client/src/diff/webview/sections';
import { renderReportView, type ReportViewOptions } from '../../../client/src/diff/webview/view';
import { DEFAULT_FILTERS, type Filters, type SortKey } from '../../../client/src/diff/webview/viewModel';
import type { DiffReport } from '../../../engine/results/model';
import { asDocument, FakeDocument, FakeElement, FakeText, findAll, walk, type FakeNode } from './fakeDom';
import { HOSTILE, hostileReport, paperReport, PAPER_TESTS } from './fixtures';

const ALLOWED_TAGS = new Set(['main', 'h1', 'h2', 'p', 'section', 'strong', 'div', 'span', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'select', 'option', 'label', 'input', 'fieldset', 'legend', 'canvas']);

function render(report: DiffReport, overrides: Partial<ReportViewOptions> = {}) {
  const doc = new FakeDocument();
  const root = doc.createRoot();
  const canvas = renderReportView(asDocument(doc), root as unknown as HTMLElement, {
    report,
    filters: DEFAULT_FILTERS,
    sort: { key: 'test', direction: 'ascending' },
    noiseThreshold: 5,
    onSort: () => undefined,
    onFilters: () => undefined,
    onExport: () => undefined,
    onExportPng: () => undefined,
    onReload: () => undefined,
    ...overrides,
  });
  return { doc, root, canvas };
}

/** Serialises the fake DOM the way a browser would, escaping text: what markup would the page contain? */
function serialize(node: FakeNode): string {
  if (node instanceof FakeText) return node.data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const element = node as FakeElement;
  const attributes = [...element.attributes].map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  return `<${element.tagName}${attributes}>${node.children.map(serialize).join('')}</${element.tagName}>`;
}

const testNames = (root: FakeElement) => [...new Set(findAll(root, (e) => e.tagName === 'td' && (e.getAttribute('class') ?? '').includes('test-name')).map((e) => e.textContent))];

describe('results diff rendering', () => {
  it('renders the 20 paper tests in order, the labels, configs, summary and a canvas', () => {
    const { root, canvas } = render(paperReport());
    assert.deepEqual(testNames(root), PAPER_TESTS);
    assert.ok(canvas, 'chart canvas is in the page');
    const text = root.textContent;
    for (const expected of ['MTU 1500', 'MTU 9000', 'lo MTU 1500', 'mtu: 9000; lpars: 1', 'B better on 14/20 tests, median +8.2 %', 'n/a']) assert.ok(text.includes(expected), expected);
  });

  it('renders hostile names, labels, configs, paths and problems as text only', () => {
    const { doc, root } = render(hostileReport());
    assert.deepEqual(testNames(root), HOSTILE);
    for (const hostile of HOSTILE) assert.ok(root.textContent.includes(hostile), `shown verbatim: ${hostile}`);
    for (const element of doc.created) {
      assert.ok(ALLOWED_TAGS.has(element.tagName), `unexpected element <${element.tagName}>`);
      for (const name of element.attributes.keys()) assert.doesNotMatch(name, /^(on|src$|href$|style$)/i);
    }
    const markup = serialize(root);
    // Text is escaped, so every `<…>` left in the markup is a real tag.
    const tags = markup.match(/<[^>]*>/g) ?? [];
    assert.equal(tags.filter((tag) => /^<\/?(script|img|svg)\b/i.test(tag)).join(' '), '');
    assert.equal(tags.filter((tag) => /\son\w+=/i.test(tag)).join(' '), '');
    assert.ok(markup.includes('&lt;script&gt;window.kvmtunePwned=1&lt;/script&gt;'));
  });

  it('lists problems with path and reason', () => {
    const report = { ...paperReport(), problems: [{ file: '/runs/a/rr1c-1x1--1.txt', reason: 'no Txn2 progress lines' }] };
    const { root } = render(report);
    const items = findAll(root, (e) => e.tagName === 'li' && e.parent?.parent?.getAttribute('id') === 'problems');
    assert.deepEqual(items.map((li) => li.textContent), ['/runs/a/rr1c-1x1--1.txt: no Txn2 progress lines']);
  });

  it('explains an empty or non-run folder instead of showing a blank panel', () => {
    const report: DiffReport = { a: { path: '/tmp/empty', label: '' }, b: { path: '/tmp/other', label: '' }, problems: [{ file: '/tmp/other/x.txt', reason: 'not uperf output' }], tests: [] };
    const { root, canvas } = render(report);
    assert.equal(canvas, null);
    assert.match(root.textContent, /Nothing to compare/);
    assert.match(root.textContent, /\/tmp\/empty/);
    assert.match(root.textContent, /not uperf output/);
  });

  it('says so when the filters leave nothing to chart', () => {
    const { root, canvas } = render(paperReport(), { filters: { ...DEFAULT_FILTERS, metrics: [] } });
    assert.equal(canvas, null);
    assert.match(root.textContent, /No test or metric matches the filters/);
  });

  it('sorts from the column headers and filters from the toolbar', () => {
    const sorted: SortKey[] = [];
    const filtered: Filters[] = [];
    const { root } = render(paperReport(), { onSort: (key) => sorted.push(key), onFilters: (f) => filtered.push(f) });
    const deltaHeader = findAll(root, (e) => e.tagName === 'button' && e.textContent.startsWith('Δ%'))[0];
    deltaHeader.dispatch('click');
    assert.deepEqual(sorted, ['deltaPct']);
    const category = findAll(root, (e) => e.getAttribute('id') === 'filter-category')[0];
    category.value = 'str';
    category.dispatch('change');
    assert.equal(filtered[0].category, 'str');
    assert.equal(filtered[0].users, null);
  });

  it('shows load errors as text', () => {
    const doc = new FakeDocument();
    const element = renderError(asDocument(doc), HOSTILE[2], HOSTILE[0]) as unknown as FakeElement;
    assert.ok(element.textContent.includes(HOSTILE[2]));
    assert.doesNotMatch(serialize(element), /<img/);
  });

  it('refuses event-handler and URL attributes in the element builder', () => {
    const doc = asDocument(new FakeDocument());
    assert.throws(() => h(doc, 'div', { onclick: 'x' }));
    assert.throws(() => h(doc, 'img', { src: 'x' }));
    assert.throws(() => h(doc, 'div', { style: 'x' }));
    let count = 0;
    walk(h(doc, 'p', { class: 'x' }, 'a', null, false, 'b') as unknown as FakeNode, () => count++);
    assert.equal(count, 3);
  });
});
