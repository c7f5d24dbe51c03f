import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { commentOutFix, deleteLineEdit, deleteLinesEdits, insertLineFix, lineEnd, replaceFix } from '../../../server/src/formats/fixes';
import { displayLine, shorten } from '../../../server/src/formats/messages';
import { splitLines } from '../../../server/src/formats/lines';

const doc = (text: string) => TextDocument.create('file:///x', 'x', 1, text);
const applied = (text: string, edits: Parameters<typeof TextDocument.applyEdits>[1]) => TextDocument.applyEdits(doc(text), edits);

describe('formats/fixes', () => {
  it('deletes a set of lines as runs whose edits never overlap, the last line with the break before it', () => {
    const cases: [string, number[], string][] = [
      ['a\nb\nc\nd', [3, 2], 'a\nb'],
      ['a\nb\nc\nd\n', [0, 2, 1], 'd\n'],
      ['a\r\nb\r\nc\r\nd', [1, 3, 3], 'a\r\nc'],
      // a lone CR before the run: the run goes with the break before it, as for one line
      ['\rk=\n\nk=\nx', [1, 2], '\nk=\nx'],
    ];
    for (const [text, lines, expected] of cases) {
      const edits = deleteLinesEdits(doc(text), lines);
      assert.equal(applied(text, edits), expected, JSON.stringify({ text, lines }));
    }
    assert.equal(deleteLinesEdits(doc('a\nb\nc\nd'), [1, 2, 3]).length, 1);
  });

  it('deletes exactly one line and one line break, whatever the line ends are', () => {
    const cases: [string, number, string][] = [
      ['a\nb\nc\n', 1, 'a\nc\n'],
      ['a\r\nb\r\nc', 2, 'a\r\nb'],
      ['only', 0, ''],
      // a lone CR before an LF line: deleting "key=\n" would fuse CR and LF into one CRLF and lose a line
      ['\rkey=\n\nkey=', 1, '\n\nkey='],
      ['\rkey=\n\nkey=', 3, '\rkey=\n'],
      ['x\r\ny', 1, 'x'],
    ];
    for (const [text, line, expected] of cases) {
      const result = applied(text, [deleteLineEdit(doc(text), line)]);
      assert.equal(result, expected, JSON.stringify({ text, line }));
      assert.equal(splitLines(result).length, Math.max(1, splitLines(text).length - 1), `one line fewer for ${JSON.stringify(text)}`);
    }
  });

  it('comments a line out in the language style and keeps its text', () => {
    const text = 'a = 1\r\n  <b/>\r\n';
    assert.equal(applied(text, commentOutFix(doc(text), 0, 'hash').edits), '# a = 1\r\n  <b/>\r\n');
    assert.equal(applied(text, commentOutFix(doc(text), 1, 'xml').edits), 'a = 1\r\n<!--   <b/> -->\r\n');
    assert.deepEqual(lineEnd(doc(text), 1), { line: 1, character: 6 });
  });

  it('inserts lines with the document end-of-line, adding a break at a missing final newline', () => {
    assert.equal(applied('a\r\nb', insertLineFix(doc('a\r\nb'), 1, 'x', 't').edits), 'a\r\nx\r\nb');
    assert.equal(applied('a\rb', insertLineFix(doc('a\rb'), 5, 'x', 't').edits), 'a\rb\rx\r');
    assert.equal(applied('', insertLineFix(doc(''), 1, 'x', 't').edits), 'x\n');
    assert.deepEqual(replaceFix('t', { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, 'y', true), {
      title: 't',
      isPreferred: true,
      edits: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: 'y' }],
    });
  });

  it('keeps messages bounded', () => {
    assert.equal(shorten('x'.repeat(60)), 'x'.repeat(60));
    assert.equal(shorten('x'.repeat(10_000_000)), `${'x'.repeat(59)}…`);
    assert.equal(displayLine(0), 1);
  });
});
