import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAssignmentLine, rangeOn, valueTokens, type KeyValueProperty, type ValueToken } from '../../formats/keyValue';
import { perObjectCache } from '../../service/perObjectCache';

/**
 * ifcfg-* as NetworkManager's ifcfg-rh plugin reads it (the stricter of the two readers): one
 * `NAME=value` per line, no blanks around `=`, a bash quoting subset, `#` comments. Any other
 * non-blank, non-comment line is ignored by NetworkManager ("invalid line ignored").
 */
export type IfcfgLineKind = 'blank' | 'comment' | 'assignment' | 'invalid';

export interface IfcfgLine {
  kind: IfcfgLineKind;
  line: number;
  text: string;
  property?: KeyValueProperty;
}

export interface IfcfgAssignment extends IfcfgLine {
  kind: 'assignment';
  property: KeyValueProperty;
}

/** One `attr=value` token of OPTIONS, with ranges on the single token inside the quoted value. */
export interface QethOption {
  key: string;
  value: string;
  hasEquals: boolean;
  range: Range;
  keyRange: Range;
  valueRange: Range;
  /** Offsets of the token in the unquoted OPTIONS value. */
  start: number;
  end: number;
}

export interface IfcfgFile {
  lines: IfcfgLine[];
  assignments: IfcfgAssignment[];
  /** The assignment NetworkManager uses for each name: the last one. */
  effective: Map<string, IfcfgAssignment>;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function parseIfcfg(doc: TextDocument): IfcfgFile {
  return parseIfcfgText(doc.getText());
}

export function parseIfcfgText(text: string): IfcfgFile {
  // Without a CR the native split on LF gives the same lines as the line-break regex, without the
  // regex split's match objects (a large file's open allocated ~0.6 MB in it).
  const lines = (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')).map(parseLine);
  const assignments = lines.filter((l): l is IfcfgAssignment => l.kind === 'assignment');
  const effective = new Map<string, IfcfgAssignment>();
  // Index loops in what runs once per validation: an array iterator allocates a result per step
  // until the function is optimised.
  for (let i = 0; i < assignments.length; i += 1) effective.set(assignments[i].property.name, assignments[i]);
  return { lines, assignments, effective };
}

/** Blank, tab, line feed, vertical tab, form feed, carriage return. */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function parseLine(text: string, line: number): IfcfgLine {
  let first = 0;
  while (first < text.length && isBlank(text.charCodeAt(first))) first += 1;
  if (first === text.length) return { kind: 'blank', line, text };
  if (text.charCodeAt(first) === 35) return { kind: 'comment', line, text };
  const property = parseAssignmentLine(text, line, 'shell');
  return property ? { kind: 'assignment', line, text, property } : { kind: 'invalid', line, text };
}

/** The effective value of a key (NetworkManager's reading: last assignment, unquoted), or undefined. */
export function valueOf(file: IfcfgFile, name: string): string | undefined {
  return file.effective.get(name)?.property.value;
}

/** Three rules, the hover and the outline ask for the tokens of one OPTIONS value: split once per parse. */
const optionsOf = perObjectCache<KeyValueProperty, readonly QethOption[]>('optionsOf');

/** OPTIONS tokens split the way NetworkManager splits them (blanks), each `key=value` at its first `=`. */
export function qethOptions(property: KeyValueProperty): readonly QethOption[] {
  let options = optionsOf.get(property);
  if (!options) optionsOf.set(property, (options = valueTokens(property).map((token) => toOption(property, token))));
  return options;
}

function toOption(property: KeyValueProperty, token: ValueToken): QethOption {
  const equals = token.text.indexOf('=');
  const hasEquals = equals >= 0;
  const key = hasEquals ? token.text.slice(0, equals) : token.text;
  const value = hasEquals ? token.text.slice(equals + 1) : '';
  const keyEnd = token.start + key.length;
  const keyRange = sliceRange(property, token.start, keyEnd);
  const valueRange = hasEquals ? sliceRange(property, keyEnd + 1, token.end) : emptyAt(keyRange);
  return { key, value, hasEquals, range: token.range, keyRange, valueRange, start: token.start, end: token.end };
}

function sliceRange(property: KeyValueProperty, start: number, end: number): Range {
  if (end <= start) {
    const column = property.valueEnds[start - 1] ?? property.valueRange.start.character;
    return rangeOn(property.line, column, column);
  }
  return rangeOn(property.line, property.valueStarts[start], property.valueEnds[end - 1]);
}

function emptyAt(range: Range): Range {
  return { start: range.end, end: range.end };
}

/** The s390 device kind this file configures, from NETTYPE (NetworkManager's reading). */
export function netType(file: IfcfgFile): string | undefined {
  return valueOf(file, 'NETTYPE')?.toLowerCase() || undefined;
}

export function isQethDevice(file: IfcfgFile): boolean {
  return netType(file) === 'qeth';
}
