import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentStyle } from '../service/language';
import type { Fix } from '../service/types';
import { eolOf } from './lines';

export function replaceFix(title: string, range: Range, newText: string, isPreferred = false): Fix {
  return { title, edits: [{ range, newText }], isPreferred };
}

export function insertTextFix(title: string, position: Position, text: string, isPreferred = false): Fix {
  return { title, edits: [{ range: { start: position, end: position }, newText: text }], isPreferred };
}

/**
 * Deletes line `line` with one line break. Normally that is its own break; when the line before ends
 * in a lone `\r` and this one in `\n`, removing "line + its break" would fuse the two into one CRLF
 * and lose a line, so the previous line's break goes instead.
 */
export function deleteLineEdit(doc: TextDocument, line: number): TextEdit {
  return deleteLineRunEdit(doc, line, line);
}

/** Lines `first` to `last` (a run of whole lines) deleted with one line break, as deleteLineEdit does for one. */
function deleteLineRunEdit(doc: TextDocument, first: number, last: number): TextEdit {
  const text = doc.getText();
  const start = doc.offsetAt({ line: first, character: 0 });
  const textEnd = doc.offsetAt(lineEnd(doc, last));
  const next = last + 1 < doc.lineCount ? doc.offsetAt({ line: last + 1, character: 0 }) : text.length;
  const fusesBreaks = start > 0 && text[start - 1] === '\r' && text[textEnd] === '\n' && next === textEnd + 1;
  const lastLine = next === textEnd && start > 0;
  if (fusesBreaks || lastLine) {
    const previousBreak = start >= 2 && text[start - 2] === '\r' && text[start - 1] === '\n' ? start - 2 : start - 1;
    return { range: { start: doc.positionAt(previousBreak), end: doc.positionAt(textEnd) }, newText: '' };
  }
  return { range: { start: doc.positionAt(start), end: doc.positionAt(next) }, newText: '' };
}

/**
 * Deletes every line in `lines` (any order, repeats allowed). Each run of consecutive lines is one
 * edit: deleting the last line takes the break before it, which a deletion of the line above takes
 * too, so line by line the edits of neighbours would overlap (and an editor rejects the whole fix).
 */
export function deleteLinesEdits(doc: TextDocument, lines: readonly number[]): TextEdit[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    edits.push(deleteLineRunEdit(doc, sorted[i], sorted[j]));
    i = j + 1;
  }
  return edits;
}

export function removeLineFix(doc: TextDocument, line: number, title = 'Remove this line', isPreferred = false): Fix {
  return { title, edits: [deleteLineEdit(doc, line)], isPreferred };
}

const COMMENT_OPENERS: Record<CommentStyle, [string, string]> = {
  hash: ['# ', ''],
  xml: ['<!-- ', ' -->'],
};

/** Turns line `line` into a comment in the language's style, keeping the user's text for later. */
export function commentOutFix(doc: TextDocument, line: number, style: CommentStyle, title = 'Comment out the line', isPreferred = false): Fix {
  const [open, close] = COMMENT_OPENERS[style];
  const edits: TextEdit[] = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: open }];
  if (close) {
    const end = lineEnd(doc, line);
    edits.push({ range: { start: end, end }, newText: close });
  }
  return { title, edits, isPreferred };
}

/** Inserts `lineText` as a new line before `beforeLine` (or at the end), with the document's own end-of-line. */
export function insertLineFix(doc: TextDocument, beforeLine: number, lineText: string, title: string, isPreferred = false): Fix {
  const eol = eolOf(doc);
  if (beforeLine < doc.lineCount) {
    const at = { line: beforeLine, character: 0 };
    return insertTextFix(title, at, `${lineText}${eol}`, isPreferred);
  }
  const text = doc.getText();
  const end = doc.positionAt(text.length);
  const needsBreak = text.length > 0 && !/[\r\n]$/.test(text);
  return insertTextFix(title, end, `${needsBreak ? eol : ''}${lineText}${eol}`, isPreferred);
}

/** Where line `line`'s text ends, before its line break. */
export function lineEnd(doc: TextDocument, line: number): Position {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return { line, character: text.replace(/\r?\n$|\r$/, '').length };
}
