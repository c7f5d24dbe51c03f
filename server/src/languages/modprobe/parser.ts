import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseParameterWord, splitWords, type KeyValueProperty } from '../../formats/keyValue';

/**
 * modprobe.d as kmod reads it: `#` comment lines, a trailing backslash joins the next line (without
 * a blank), and every other line is `<command> <arguments…>`: options, install, remove, blacklist,
 * alias, softdep, weakdep. Words keep document ranges even when a continuation splits the command.
 */
export const COMMANDS = ['options', 'install', 'remove', 'blacklist', 'alias', 'softdep', 'weakdep'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface ModprobeWord {
  text: string;
  range: Range;
}

export interface ModuleParameter {
  name: string;
  value: string;
  hasEquals: boolean;
  nameRange: Range;
  valueRange: Range;
  range: Range;
}

export interface ModprobeCommand {
  /** First and last physical line of the (possibly continued) command. */
  line: number;
  endLine: number;
  command: ModprobeWord;
  args: ModprobeWord[];
  /** `options` only: the key=value words after the module name. */
  params: ModuleParameter[];
  /** Where text appended to the command goes (the end of its last word). */
  end: Position;
}

export interface ModprobeFile {
  commands: ModprobeCommand[];
  /** Physical lines that are comments. */
  commentLines: number[];
}

interface LogicalLine {
  text: string;
  /** Where each physical piece starts in `text`, and on which document line (column 0). */
  pieces: { offset: number; line: number }[];
  line: number;
  endLine: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function parseModprobe(doc: TextDocument): ModprobeFile {
  return parseModprobeText(doc.getText());
}

export function parseModprobeText(text: string): ModprobeFile {
  const physical = text.split(LINE_BREAK);
  const commands: ModprobeCommand[] = [];
  const commentLines: number[] = [];
  for (let i = 0; i < physical.length; ) {
    const first = physical[i];
    if (/^[ \t]*#/.test(first)) {
      commentLines.push(i);
      i += 1;
      continue;
    }
    const logical = joinContinued(physical, i);
    i = logical.endLine + 1;
    const command = parseCommand(logical);
    if (command) commands.push(command);
  }
  return { commands, commentLines };
}

function joinContinued(physical: string[], start: number): LogicalLine {
  let text = '';
  const pieces: { offset: number; line: number }[] = [];
  let line = start;
  for (;;) {
    const current = physical[line];
    const continued = current.endsWith('\\') && line + 1 < physical.length;
    pieces.push({ offset: text.length, line });
    text += continued ? current.slice(0, -1) : current;
    if (!continued) return { text, pieces, line: start, endLine: line };
    line += 1;
  }
}

/** The document position of logical offset `offset` (binary search over the pieces). */
function positionOf(logical: LogicalLine, offset: number): Position {
  let low = 0;
  let high = logical.pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (logical.pieces[mid].offset <= offset) low = mid;
    else high = mid - 1;
  }
  const piece = logical.pieces[low];
  return { line: piece.line, character: offset - piece.offset };
}

function mapRange(logical: LogicalLine, start: number, end: number): Range {
  if (end <= start) {
    const at = positionOf(logical, start);
    return { start: at, end: at };
  }
  const last = positionOf(logical, end - 1);
  return { start: positionOf(logical, start), end: { line: last.line, character: last.character + 1 } };
}

function parseCommand(logical: LogicalLine): ModprobeCommand | undefined {
  const words = splitWords(logical.text, 0, logical.text.length, true);
  if (words.length === 0) return undefined;
  const toWord = (w: { text: string; start: number; end: number }): ModprobeWord => ({ text: w.text, range: mapRange(logical, w.start, w.end) });
  const [command, ...rest] = words;
  const last = words[words.length - 1];
  const result: ModprobeCommand = {
    line: logical.line,
    endLine: logical.endLine,
    command: toWord(command),
    args: rest.map(toWord),
    params: [],
    end: mapRange(logical, last.start, last.end).end,
  };
  if (command.text === 'options') {
    result.params = rest.slice(1).map((word) => toParameter(logical, parseParameterWord(logical.text, 0, word)));
  }
  return result;
}

function toParameter(logical: LogicalLine, p: KeyValueProperty): ModuleParameter {
  const nameStart = p.nameRange.start.character;
  const nameEnd = p.nameRange.end.character;
  const valueStart = p.valueRange.start.character;
  const valueEnd = p.valueRange.end.character;
  const unquotedStart = p.valueStarts[0] ?? valueStart;
  const unquotedEnd = p.valueEnds[p.valueEnds.length - 1] ?? valueEnd;
  return {
    name: p.name,
    value: p.value,
    hasEquals: p.equalsColumn >= 0,
    nameRange: mapRange(logical, nameStart, nameEnd),
    valueRange: mapRange(logical, unquotedStart, p.value === '' ? unquotedStart : unquotedEnd),
    range: mapRange(logical, nameStart, Math.max(nameEnd, valueEnd)),
  };
}

export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}
