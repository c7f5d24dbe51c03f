import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parameterSpan, splitWords, type ParameterSpan } from '../../formats/keyValue';

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
    if (isCommentLine(physical[i])) {
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

function isCommentLine(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i += 1;
  return text.charCodeAt(i) === 35;
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
  if (logical.pieces.length === 1) return { line: logical.line, character: offset };
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

/**
 * Words, parameters and commands work their document ranges out when asked: a 10k-line file has
 * some 100,000 ranges of which the rules read a few hundred, and building them all was most of the parse.
 */
class LineWord implements ModprobeWord {
  private mapped: Range | undefined = undefined;
  constructor(
    readonly text: string,
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): Range {
    return (this.mapped ??= mapRange(this.logical, this.start, this.end));
  }
}

class LineParameter implements ModuleParameter {
  readonly name: string;
  readonly value: string;
  readonly hasEquals: boolean;
  private mappedName: Range | undefined = undefined;
  private mappedValue: Range | undefined = undefined;
  private mappedWhole: Range | undefined = undefined;

  constructor(
    private readonly logical: LogicalLine,
    private readonly span: ParameterSpan,
  ) {
    this.name = span.name;
    this.value = span.value;
    this.hasEquals = span.hasEquals;
  }

  get nameRange(): Range {
    return (this.mappedName ??= mapRange(this.logical, this.span.nameStart, this.span.nameEnd));
  }

  get valueRange(): Range {
    const { unquotedStart, unquotedEnd } = this.span;
    return (this.mappedValue ??= mapRange(this.logical, unquotedStart, this.value === '' ? unquotedStart : unquotedEnd));
  }

  get range(): Range {
    return (this.mappedWhole ??= mapRange(this.logical, this.span.nameStart, Math.max(this.span.nameEnd, this.span.rawEnd)));
  }
}

class LineCommand implements ModprobeCommand {
  readonly params: ModuleParameter[] = [];
  private lastEnd: Position | undefined = undefined;
  constructor(
    readonly line: number,
    readonly endLine: number,
    readonly command: ModprobeWord,
    readonly args: ModprobeWord[],
  ) {}

  get end(): Position {
    if (!this.lastEnd) {
      const { end } = (this.args.length > 0 ? this.args[this.args.length - 1] : this.command).range;
      this.lastEnd = { line: end.line, character: end.character };
    }
    return this.lastEnd;
  }
}

function parseCommand(logical: LogicalLine): ModprobeCommand | undefined {
  const words = splitWords(logical.text, 0, logical.text.length, true);
  if (words.length === 0) return undefined;
  const args: ModprobeWord[] = [];
  for (let i = 1; i < words.length; i += 1) args.push(new LineWord(words[i].text, logical, words[i].start, words[i].end));
  const command = new LineCommand(logical.line, logical.endLine, new LineWord(words[0].text, logical, words[0].start, words[0].end), args);
  if (command.command.text === 'options') {
    for (let i = 2; i < words.length; i += 1) command.params.push(new LineParameter(logical, parameterSpan(logical.text, words[i])));
  }
  return command;
}

export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}
