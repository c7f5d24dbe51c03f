import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { blankLineBeforeAppend, breakBefore, eolOf, lineIndex, lineStarts, lineText, offsetAt, positionAt, splitLines } from '../../../server/src/formats/lines';

describe('formats/lines', () => {
  const text = 'a\r\nbc\rd\n\nlast';

  it('splits lines exactly where TextDocument does (CRLF, lone CR, LF)', () => {
    const doc = TextDocument.create('file:///x', 'x', 1, text);
    assert.deepEqual(splitLines(text), ['a', 'bc', 'd', '', 'last']);
    assert.equal(splitLines(text).length, doc.lineCount);
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 3, 6, 8, 9]);
    for (let offset = 0; offset <= text.length; offset += 1) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF: not a position LSP can name
      assert.deepEqual(positionAt(starts, offset), doc.positionAt(offset), `offset ${offset}`);
      assert.equal(offsetAt(starts, doc.positionAt(offset)), offset);
    }
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((line) => lineText(text, starts, line)), ['a', 'bc', 'd', '', 'last', '']);
  });

  it('reports the end-of-line the text already uses', () => {
    assert.equal(eolOf('a\r\nb\nc'), '\r\n');
    assert.equal(eolOf(TextDocument.create('file:///x', 'x', 1, 'a\rb')), '\r');
    assert.equal(eolOf('one line'), '\n');
  });
});

describe('formats/lines lineIndex', () => {
  it('converts like TextDocument, clamping offsets to the text (never inside a CRLF) and characters to the line', () => {
    const text = 'ab\r\ncd\re';
    const doc = TextDocument.create('file:///x', 'x', 1, text);
    const index = lineIndex(text);
    for (const offset of [-5, 0, 1, 2, 3, 4, 6, 7, 8, 99]) assert.deepEqual(index.positionAt(offset), doc.positionAt(offset), `offset ${offset}`);
    for (const position of [{ line: 0, character: 9 }, { line: 1, character: 1 }, { line: 2, character: 5 }, { line: 7, character: 0 }, { line: -1, character: 3 }]) {
      assert.equal(index.offsetAt(position), doc.offsetAt(position), JSON.stringify(position));
    }
  });
});

describe('blankLineBeforeAppend', () => {
  it('separates an appended block by one blank line in the file\'s own breaks, never fusing a lone CR with an LF', () => {
    assert.equal(blankLineBeforeAppend('', '\n'), '');
    assert.equal(blankLineBeforeAppend('a = 1', '\n'), '\n\n');
    assert.equal(blankLineBeforeAppend('a = 1\n', '\n'), '\n');
    assert.equal(blankLineBeforeAppend('a = 1\r\n', '\r\n'), '\r\n');
    assert.equal(blankLineBeforeAppend('a = 1\nb = 2\r', '\n'), '\r');
  });
});

describe('breakBefore', () => {
  it("ends an inserted line with the file's break, but with an LF where a lone CR would fuse with the LF after it", () => {
    assert.equal(breakBefore('a\nb\n', 2, '\n'), '\n');
    assert.equal(breakBefore('a\r\nb\r\n', 3, '\r\n'), '\r\n');
    assert.equal(breakBefore('[m\rin]\n\nx', 7, '\r'), '\n');
    assert.equal(breakBefore('[m\rin]\nx', 7, '\r'), '\r');
  });
});
