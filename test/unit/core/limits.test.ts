import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../../server/src/languages';
import { createLanguageService } from '../../../server/src/service/languageService';
import { budgetedSuggestions, hasMoreLinesThan, isLargeDocument, LARGE_DOCUMENT_LINES, MAX_HOVER_CHARS, MAX_MESSAGE_CHARS } from '../../../server/src/service/limits';
import { typingDelay } from '../../../server/src/service/schedule';
import { DEFAULT_SETTINGS } from '../../../server/src/service/types';

const service = () => createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `file:///docs/${id}.md` });
const hoverText = (h: ReturnType<ReturnType<typeof service>['hover']>) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : String(h?.contents ?? ''));

describe('service limits', () => {
  it('a document above 100,000 lines gets one info diagnostic and no hover, completion or outline', () => {
    const doc = TextDocument.create('file:///big.conf', 'sysctl', 1, 'net.ipv4.tcp_tw_recycle = 1\n'.repeat(LARGE_DOCUMENT_LINES));
    const s = service();
    const diagnostics = s.validate(doc, DEFAULT_SETTINGS);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]), [['kvmtune-large-file', 3, 0, 0, 0, 0]]);
    assert.match(diagnostics[0].message, /^kvmtune: this file is large \(2\.7 MiB, 100,001 lines; the limit is 2 MiB or 100,000 lines\), so only cheap checks run/);
    assert.equal(s.hover(doc, { line: 0, character: 5 }, DEFAULT_SETTINGS), null);
    assert.deepEqual(s.complete(doc, { line: 0, character: 5 }, DEFAULT_SETTINGS), []);
    assert.deepEqual(s.symbols(doc), []);
    assert.deepEqual(s.fixAll(doc, DEFAULT_SETTINGS).edits, []);
    // Source actions would parse the whole file; a 20 MB file took seconds per lightbulb request.
    assert.deepEqual(s.codeActions(doc, diagnostics[0].range, [], DEFAULT_SETTINGS, ['source']), []);
  });

  it('lines are counted as TextDocument counts them, without building its line index', () => {
    for (const text of ['', 'a', '\n', '\r', '\r\n', 'a\r\nb\rc\n\nd', '\r\r\n\n\r', 'x\n'.repeat(12), '\r'.repeat(5) + '\n']) {
      const lines = TextDocument.create('file:///l.conf', 'sysctl', 1, text).lineCount;
      for (const max of [0, 1, lines - 1, lines, lines + 1]) assert.equal(hasMoreLinesThan(text, max), lines > max, `${JSON.stringify(text)} ${max}`);
    }
    const doc = TextDocument.create('file:///l.conf', 'sysctl', 1, 'a\n'.repeat(LARGE_DOCUMENT_LINES - 1));
    assert.equal(isLargeDocument(doc), false);
    TextDocument.update(doc, [{ text: 'b\n'.repeat(2) }], 2);
    assert.equal(isLargeDocument(doc), false, 'a new text is counted again');
    TextDocument.update(doc, [{ text: 'b\n'.repeat(LARGE_DOCUMENT_LINES) }], 3);
    assert.equal(isLargeDocument(doc), true);
  });

  it('hovers and messages stay bounded on a 1 MB key', () => {
    const key = `net.${'x'.repeat(1_000_000)}`;
    const doc = TextDocument.create('file:///k.conf', 'sysctl', 1, `${key} = 1\n`);
    const s = service();
    for (const d of s.validate(doc, DEFAULT_SETTINGS)) assert.ok(d.message.length <= MAX_MESSAGE_CHARS, d.message.slice(0, 80));
    assert.ok(hoverText(s.hover(doc, { line: 0, character: 10 }, DEFAULT_SETTINGS)).length <= MAX_HOVER_CHARS);
  });

  it('a re-opened document with the same URI and version but other text is validated again', () => {
    const s = service();
    const first = s.validate(TextDocument.create('file:///r.conf', 'sysctl', 1, 'net.ipv4.tcp_tw_recycle = 1\n'), DEFAULT_SETTINGS);
    assert.deepEqual(first.map((d) => d.code), ['sysctl-removed-key']);
    assert.deepEqual(s.validate(TextDocument.create('file:///r.conf', 'sysctl', 1, 'net.core.somaxconn = 4096\n'), DEFAULT_SETTINGS), []);
  });

  it('fix-all repeats until nothing changes, and applying it twice equals applying it once', () => {
    const s = service();
    for (const text of ['net.ipv4.tcp_rmem = "4096 87380 4136960"\r\nnet.ipv4.tcp_tw_recycle = 1\r\n', '\uFEFFnet.core.somaxconn\u00A0= 1024\n', 'net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.tcp_tw_recycle = 1\n']) {
      const doc = TextDocument.create('file:///f.conf', 'sysctl', 1, text);
      const once = s.fixAll(doc, DEFAULT_SETTINGS);
      assert.equal(TextDocument.applyEdits(doc, once.edits), once.text);
      const twice = s.fixAll(TextDocument.create('file:///f.conf', 'sysctl', 2, once.text), DEFAULT_SETTINGS);
      assert.equal(twice.text, once.text, JSON.stringify(text));
      assert.deepEqual(twice.edits, []);
    }
  });

  it('typing delay: next tick after a fast validation, a few times the duration after a slow one, at most 200 ms; bursts coalesce', () => {
    assert.equal(typingDelay(undefined, undefined), 0);
    assert.equal(typingDelay(2, 500), 0);
    assert.equal(typingDelay(20, 500), 60);
    assert.equal(typingDelay(150, 500), 200);
    assert.equal(typingDelay(2, 3), 15);
    assert.equal(typingDelay(100, 3), 200);
  });

  it('did-you-mean budget: each distinct name is worked out once and costs one; repeats get the same answer; new names past the budget get none', () => {
    const asked: string[] = [];
    const suggest = budgetedSuggestions(2, (name) => {
      asked.push(name);
      return name === 'b' ? [] : [`${name}!`];
    });
    assert.deepEqual(['a', 'a', 'b', 'c', 'a', 'b', 'c'].map(suggest), [['a!'], ['a!'], [], [], ['a!'], [], []]);
    assert.deepEqual(asked, ['a', 'b']);
  });
});
