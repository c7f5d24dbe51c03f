import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveRunPair, suggestedExportName } from '../../../client/src/diff/args';
import { decodePngDataUrl, exportReport } from '../../../client/src/diff/exporting';
import { parseFromWebview, parsePersistedState } from '../../../client/src/diff/protocol';
import { restoreViewState } from '../../../client/src/diff/webview/saved';
import { hostileReport, paperReport } from './fixtures';

const uri = (fsPath: string, scheme = 'file') => ({ scheme, fsPath });

describe('results diff messages and arguments', () => {
  it('accepts only well-formed messages from the webview', () => {
    assert.deepEqual(parseFromWebview({ type: 'export', format: 'md' }), { type: 'export', format: 'md' });
    assert.equal(parseFromWebview({ type: 'export', format: 'exe' }), undefined);
    assert.equal(parseFromWebview({ type: 'runCommand', command: 'x' }), undefined);
    assert.equal(parseFromWebview('ready'), undefined);
    assert.equal(parseFromWebview({ type: 'state', requestId: '1', state: {} }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'reload', extra: 1 }), { type: 'reload' });
  });

  it('restores the pair, filters and sort from saved state, dropping bad fields', () => {
    assert.deepEqual(parsePersistedState({ a: '/x', b: '/y', junk: 1 }), { a: '/x', b: '/y' });
    assert.equal(parsePersistedState({ a: '/x' }), undefined);
    assert.equal(parsePersistedState(null), undefined);
    const restored = restoreViewState({ a: '/x', b: '/y', filters: { category: 'rr', users: 10, metrics: ['latency', 'bogus'] }, sort: { key: 'eval', direction: 'up' } });
    assert.deepEqual(restored, { a: '/x', b: '/y', filters: { category: 'rr', users: 10, metrics: ['latency'] }, sort: undefined });
  });

  it('reads the command arguments from the Explorer, from tests, or asks', () => {
    const [a, b, c] = [uri('/r/a'), uri('/r/b'), uri('/r/c')];
    assert.deepEqual(resolveRunPair(a, [a, b]), { kind: 'pair', a, b });
    assert.deepEqual(resolveRunPair(a, b), { kind: 'pair', a, b });
    assert.deepEqual(resolveRunPair(undefined, undefined), { kind: 'pick' });
    assert.deepEqual(resolveRunPair(a, [a]), { kind: 'pick' });
    assert.equal(resolveRunPair(a, [a, b, c]).kind, 'error');
    assert.equal(resolveRunPair(uri('/r/a', 'untitled'), b).kind, 'error');
  });

  it('suggests a safe export file name from untrusted labels', () => {
    assert.equal(suggestedExportName('MTU 1500', '../<script>', 'csv'), 'uperf-diff-MTU-1500-vs-..-script.csv');
    assert.equal(suggestedExportName('', '///', 'md'), 'uperf-diff-run-vs-run.md');
  });

  it('decodes only real PNG data URLs', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    assert.deepEqual(decodePngDataUrl(`data:image/png;base64,${png.toString('base64')}`), new Uint8Array(png));
    assert.equal(decodePngDataUrl(`data:image/png;base64,${Buffer.from('GIF89a').toString('base64')}`), undefined);
    assert.equal(decodePngDataUrl('data:text/html;base64,PHNjcmlwdD4='), undefined);
    assert.equal(decodePngDataUrl('data:image/png;base64,<script>'), undefined);
  });

  it('exports through the engine formatters, escaping hostile names in HTML and Markdown', () => {
    const text = (format: 'csv' | 'md' | 'html') => new TextDecoder().decode(exportReport(hostileReport(), format));
    assert.doesNotMatch(text('html'), /<script>window|<img src=x/);
    assert.match(text('html'), /&#60;script&#62;window\.kvmtunePwned/);
    assert.doesNotMatch(text('md'), /<img src=x/);
    assert.ok(new TextDecoder().decode(exportReport(paperReport(), 'csv')).includes('rr1c-200x1000--10'));
  });
});
