import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { insertionColumn, valueSliceRange, wholeValueQuote, type KeyValueProperty } from '../../formats/keyValue';
import { eolOf } from '../../formats/lines';
import { qethOptions, type IfcfgFile, type QethOption } from './parser';

/**
 * Edits that change one token of OPTIONS (or another blank-separated value) and nothing else:
 * the other tokens, the user's quotes and the line ending stay as they are.
 */

/** Appends `tokens` to the value of `property`, inside its quotes. */
export function appendTokensEdit(property: KeyValueProperty, tokens: string, separator = ' '): TextEdit {
  const quote = wholeValueQuote(property);
  const empty = property.value === '';
  const line = property.line;
  if (quote === 'none') {
    const newText = empty && !/\s/.test(tokens) ? tokens : `"${empty ? '' : `${property.rawValue}${separator}`}${tokens}"`;
    return { range: property.valueRange, newText };
  }
  if (quote === undefined) {
    const end = property.valueRange.end;
    return { range: { start: end, end }, newText: `"${separator}${tokens}"` };
  }
  const column = insertionColumn(property);
  const position = { line, character: column };
  return { range: { start: position, end: position }, newText: empty ? tokens : `${separator}${tokens}` };
}

/** Adds `tokens` to OPTIONS, or a new OPTIONS line after the last assignment when there is none. */
export function addOptionEdit(doc: TextDocument, file: IfcfgFile, tokens: string, notAfterLine?: number): TextEdit[] | undefined {
  const options = file.effective.get('OPTIONS');
  if (options) return options.property.badQuoting ? undefined : [appendTokensEdit(options.property, tokens)];
  const anchor = [...file.assignments].reverse().find((a) => a.line !== notAfterLine);
  const lineText = `OPTIONS="${tokens}"`;
  if (!anchor) return undefined;
  const end = { line: anchor.line, character: anchor.text.length };
  return [{ range: { start: end, end }, newText: `${eolOf(doc)}${lineText}` }];
}

/** Replaces the value of one OPTIONS token (adds `=value` to a bare token). */
export function setOptionValueEdit(option: QethOption, value: string): TextEdit {
  if (!option.hasEquals) return { range: { start: option.keyRange.end, end: option.keyRange.end }, newText: `=${value}` };
  return { range: option.valueRange, newText: value };
}

/** Removes one token and the blanks that separate it from its neighbour. */
export function removeTokenEdit(
  property: KeyValueProperty,
  option: QethOption,
  tokens: readonly QethOption[] = qethOptions(property),
  index = tokens.findIndex((t) => t.start === option.start),
): TextEdit {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (next) return { range: valueSliceRange(property, option.start, next.start), newText: '' };
  if (previous) return { range: valueSliceRange(property, previous.end, option.end), newText: '' };
  return { range: valueSliceRange(property, option.start, option.end), newText: '' };
}

/**
 * Removes every token `remove` picks (a repeated name takes all its repeats), one edit per run of
 * neighbouring tokens so the edits never overlap; the blanks go as removeTokenEdit's do.
 */
export function removeTokensEdits(property: KeyValueProperty, remove: (option: QethOption) => boolean): TextEdit[] {
  const tokens = qethOptions(property);
  const edits: TextEdit[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    if (!remove(tokens[first])) continue;
    let last = first;
    while (last + 1 < tokens.length && remove(tokens[last + 1])) last += 1;
    const next = tokens[last + 1];
    const previous = tokens[first - 1];
    const [start, end] = next ? [tokens[first].start, next.start] : previous ? [previous.end, tokens[last].end] : [tokens[first].start, tokens[last].end];
    edits.push({ range: valueSliceRange(property, start, end), newText: '' });
    first = last;
  }
  return edits;
}

export function findOption(property: KeyValueProperty | undefined, key: string): QethOption | undefined {
  if (!property || property.badQuoting) return undefined;
  return qethOptions(property).find((o) => o.key === key);
}
