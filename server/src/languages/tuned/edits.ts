import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { blankLineBeforeAppend, breakBefore, eolOf } from '../../formats/lines';
import type { Fix } from '../../service/types';
import type { IniLine, IniOption } from '../../formats/ini';
import type { TunedProfile } from './parser';

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
}

/**
 * Removes an option with its continuation lines; on the last line, with the line break before it.
 * A lone \r before the option and a blank line with \n after it would fuse into a \r\n the file
 * did not have: that blank line is written again with the \r.
 */
export function deleteOptionEdit(doc: TextDocument, option: IniOption, lines: readonly IniLine[]): TextEdit {
  return deleteLinesEdit(doc, option.line, option.lastLine, lines);
}

/** Lines `first` to `last` removed as deleteOptionEdit removes one option's. */
function deleteLinesEdit(doc: TextDocument, first: number, last: number, lines: readonly IniLine[]): TextEdit {
  if (last + 1 < lines.length) {
    const end = { line: last + 1, character: 0 };
    if (!wouldFuseBreaks(doc, first, end)) return { range: { start: { line: first, character: 0 }, end }, newText: '' };
    return { range: { start: { line: first, character: 0 }, end: { line: last + 2, character: 0 } }, newText: '\r' };
  }
  const start = first === 0 ? { line: 0, character: 0 } : { line: first - 1, character: lines[first - 1].text.length };
  return { range: { start, end: { line: last, character: lines[last].text.length } }, newText: '' };
}

/**
 * Removes several options: options on consecutive lines go as one run, since the last line's
 * removal takes the break before it, which removing the option above takes too. Undefined in the
 * rare case where two runs' edits still touch the same text (an editor would reject the fix).
 */
export function deleteOptionsEdits(doc: TextDocument, options: readonly IniOption[], lines: readonly IniLine[]): TextEdit[] | undefined {
  const sorted = [...options].sort((a, b) => a.line - b.line);
  const edits: TextEdit[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].line <= sorted[j].lastLine + 1) j += 1;
    const last = Math.max(...sorted.slice(i, j + 1).map((o) => o.lastLine));
    const edit = deleteLinesEdit(doc, sorted[i].line, last, lines);
    const previous = edits[edits.length - 1];
    if (previous && doc.offsetAt(edit.range.start) < doc.offsetAt(previous.range.end)) return undefined;
    edits.push(edit);
    i = j + 1;
  }
  return edits;
}

/** Whether the line before `line` ends with a lone \r and a \n comes at `end`. */
function wouldFuseBreaks(doc: TextDocument, line: number, end: Position): boolean {
  if (line === 0) return false;
  const start = doc.offsetAt({ line, character: 0 });
  const after = doc.offsetAt(end);
  const text = doc.getText();
  return text[start - 1] === '\r' && text[after] === '\n';
}

/**
 * Where a new line for a section of `plugin` goes: after the last option line of the last header
 * of the first such unit, or a new section at the end of the file.
 */
export function insertIntoSectionEdit(doc: TextDocument, profile: TunedProfile, plugin: string, lineText: string, sectionName = plugin): TextEdit {
  const eol = eolOf(doc);
  const unit = profile.units.find((u) => u.plugin === plugin && u.name !== 'DEFAULT');
  if (unit) {
    const header = unit.headers[unit.headers.length - 1];
    let after = header.line;
    for (const index of header.optionIndexes) {
      const option = profile.ini.options[index];
      after = Math.max(after, option.lastLine);
    }
    if (after + 1 < doc.lineCount) {
      const at = { line: after + 1, character: 0 };
      return { range: { start: at, end: at }, newText: lineText + breakBefore(doc.getText(), doc.offsetAt(at), eol) };
    }
    const end = doc.positionAt(doc.getText().length);
    return { range: { start: end, end }, newText: (endsWithBreak(doc) ? '' : eol) + lineText + eol };
  }
  const end = doc.positionAt(doc.getText().length);
  const text = doc.getText();
  const lead = blankLineBeforeAppend(text, eol);
  return { range: { start: end, end }, newText: `${lead}[${sectionName}]${eol}${lineText}${eol}` };
}

function endsWithBreak(doc: TextDocument): boolean {
  return /[\r\n]$/.test(doc.getText());
}

/** Deletes the option and writes `lineText` into the section of `plugin` (created when missing). */
export function moveFix(doc: TextDocument, profile: TunedProfile, option: IniOption, plugin: string, lineText: string, title: string, isPreferred = false): Fix {
  return { title, edits: [deleteOptionEdit(doc, option, profile.ini.lines), insertIntoSectionEdit(doc, profile, plugin, lineText)], isPreferred };
}
