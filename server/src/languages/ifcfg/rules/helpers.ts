import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf } from '../../../formats/lines';
import type { Fix, Rule } from '../../../service/types';
import type { IfcfgFile, IfcfgLine } from '../parser';

export { deleteLineEdit, deleteLinesEdits, removeLineFix } from '../../../formats/fixes';
export { displayLine, shorten } from '../../../formats/messages';

export type IfcfgRule = Rule<IfcfgFile>;

/** The line without leading and trailing blanks. */
export function trimmedLineRange(line: IfcfgLine): Range {
  const start = line.text.length - line.text.replace(/^[ \t\n\v\f\r]+/, '').length;
  const end = line.text.replace(/[ \t\n\v\f\r]+$/, '').length;
  return { start: { line: line.line, character: start }, end: { line: line.line, character: end } };
}

export function insertEdit(position: Position, text: string): TextEdit {
  return { range: { start: position, end: position }, newText: text };
}

/** Inserts `lineText` as a new line after the last assignment (or at the end), in the file's own end-of-line. */
export function appendLineFix(doc: TextDocument, file: IfcfgFile, lineText: string, title: string): Fix {
  const eol = eolOf(doc);
  const last = file.assignments[file.assignments.length - 1];
  if (last) {
    const end = { line: last.line, character: last.text.length };
    return { title, edits: [insertEdit(end, `${eol}${lineText}`)], isPreferred: false };
  }
  const lastLine = doc.lineCount - 1;
  const lastText = doc.getText({ start: { line: lastLine, character: 0 }, end: { line: lastLine + 1, character: 0 } });
  const position = { line: lastLine, character: lastText.length };
  return { title, edits: [insertEdit(position, lastText === '' ? `${lineText}${eol}` : `${eol}${lineText}`)], isPreferred: false };
}
