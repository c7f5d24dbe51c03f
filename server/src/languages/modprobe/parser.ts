import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../../formats/lines';
import { equalsIn, parameterSpan, wordColumns, type ParameterSpan, type Word } from '../../formats/keyValue';

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
  /** command.text, known without building the word. */
  name: string;
  args: ModprobeWord[];
  /** args[index].text, known without building the words. */
  argText(index: number): string;
  /** args.length, known without building the words. */
  argCount: number;
  /** `options` only: the key=value words after the module name. */
  readonly params: ModuleParameter[];
  /** Where text appended to the command goes (the end of its last word). */
  end: Position;
}

export interface ModprobeFile {
  commands: ModprobeCommand[];
  /** Physical lines that are comments. */
  commentLines: number[];
}

/**
 * A command's text: a line of the document read in place (offsets into the whole text, `base` where
 * the line starts), or, for a continued command, its lines joined with the pieces to map back.
 */
interface LogicalLine {
  text: string;
  /** The command's characters are text[base, to). */
  base: number;
  to: number;
  /** Where each physical piece starts in `text`, and on which document line (column 0); none when the line is not continued. */
  pieces: { offset: number; line: number }[] | undefined;
  line: number;
  endLine: number;
}

export function parseModprobe(doc: TextDocument): ModprobeFile {
  return parseModprobeText(doc.getText());
}

/** Where line `line` ends (before its line break), as `split(/\r\n|\r|\n/)` has it. */
function lineEnd(text: string, starts: readonly number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  const next = starts[line + 1];
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

export function parseModprobeText(text: string): ModprobeFile {
  const starts = lineStarts(text);
  const ends = starts.map((_, line) => lineEnd(text, starts, line));
  const commands: ModprobeCommand[] = [];
  const commentLines: number[] = [];
  for (let i = 0; i < starts.length; ) {
    if (isCommentLine(text, starts[i], ends[i])) {
      commentLines.push(i);
      i += 1;
      continue;
    }
    const logical = continues(text, starts, ends, i) ? joinContinued(text, starts, ends, i) : { text, base: starts[i], to: ends[i], pieces: undefined, line: i, endLine: i };
    i = logical.endLine + 1;
    const command = parseCommand(logical);
    if (command) commands.push(command);
  }
  return { commands, commentLines };
}

function isCommentLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i += 1;
  return i < end && text.charCodeAt(i) === 35;
}

/** A trailing backslash joins the next line, when there is one. */
function continues(text: string, starts: number[], ends: number[], line: number): boolean {
  return ends[line] > starts[line] && text.charCodeAt(ends[line] - 1) === 92 && line + 1 < starts.length;
}

function joinContinued(text: string, starts: number[], ends: number[], start: number): LogicalLine {
  let joined = '';
  const pieces: { offset: number; line: number }[] = [];
  let line = start;
  for (;;) {
    const continued = continues(text, starts, ends, line);
    pieces.push({ offset: joined.length, line });
    joined += text.slice(starts[line], continued ? ends[line] - 1 : ends[line]);
    if (!continued) return { text: joined, base: 0, to: joined.length, pieces, line: start, endLine: line };
    line += 1;
  }
}

/** The document position of logical offset `offset` (binary search over the pieces). */
function positionOf(logical: LogicalLine, offset: number): Position {
  const { pieces } = logical;
  if (!pieces) return { line: logical.line, character: offset - logical.base };
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid].offset <= offset) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
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
class LineWord implements ModprobeWord, Word {
  readonly text: string;
  private mapped: Range | undefined = undefined;
  constructor(
    private readonly logical: LogicalLine,
    readonly start: number,
    readonly end: number,
  ) {
    this.text = logical.text.slice(start, end);
  }

  get range(): Range {
    return (this.mapped ??= mapRange(this.logical, this.start, this.end));
  }
}

/**
 * A parameter keeps only where its word is; name, value and columns are read again from the text
 * when asked (cheap, and nothing of it lives through a validation), its ranges once.
 */
class LineParameter implements ModuleParameter {
  private mapped: { name: Range; value: Range; whole: Range } | undefined = undefined;

  constructor(
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
  ) {}

  private span(): ParameterSpan {
    const { text } = this.logical;
    return parameterSpan(text, { text: text.slice(this.start, this.end), start: this.start, end: this.end });
  }

  get name(): string {
    return this.span().name;
  }

  get value(): string {
    return this.span().value;
  }

  get hasEquals(): boolean {
    return equalsIn(this.logical.text, this.start, this.end) >= 0;
  }

  get nameRange(): Range {
    return this.ranges().name;
  }

  get valueRange(): Range {
    return this.ranges().value;
  }

  get range(): Range {
    return this.ranges().whole;
  }

  private ranges(): { name: Range; value: Range; whole: Range } {
    if (!this.mapped) {
      const span = this.span();
      const valueEnd = span.value === '' ? span.unquotedStart : span.unquotedEnd;
      this.mapped = {
        name: mapRange(this.logical, span.nameStart, span.nameEnd),
        value: mapRange(this.logical, span.unquotedStart, valueEnd),
        whole: mapRange(this.logical, span.nameStart, Math.max(span.nameEnd, span.rawEnd)),
      };
    }
    return this.mapped;
  }
}

/** The parameters of a command that is not `options`: there are none, and nothing adds any. */
const NO_PARAMS: ModuleParameter[] = [];

/**
 * A command is its own logical line and keeps its words as columns until they are asked for: the
 * rules read the command name and an options line's module name and parameters. Parameters are
 * read anew each time: objects that live through a whole validation, one set per line, made the
 * time per line of a long file grow with its length (the young generation overflows).
 */
class LineCommand implements ModprobeCommand, LogicalLine {
  readonly text: string;
  readonly base: number;
  readonly to: number;
  readonly pieces: { offset: number; line: number }[] | undefined;
  readonly line: number;
  readonly endLine: number;
  readonly name: string;
  readonly argCount: number;
  private word: ModprobeWord | undefined;
  private words: ModprobeWord[] | undefined;
  private parameters: ModuleParameter[] | undefined;
  private lastEnd: Position | undefined;
  constructor(
    logical: LogicalLine,
    /** Start and end column of the command word and of each argument, one after the other. */
    private readonly columns: number[],
  ) {
    this.text = logical.text;
    this.base = logical.base;
    this.to = logical.to;
    this.pieces = logical.pieces;
    this.line = logical.line;
    this.endLine = logical.endLine;
    this.name = commandName(logical.text, columns[0], columns[1]);
    this.argCount = columns.length / 2 - 1;
    this.word = undefined;
    this.words = undefined;
    this.parameters = undefined;
    this.lastEnd = undefined;
  }

  get params(): ModuleParameter[] {
    if (this.name !== 'options') return NO_PARAMS;
    return (this.parameters ??= this.optionParams());
  }

  get command(): ModprobeWord {
    return (this.word ??= new LineWord(this, this.columns[0], this.columns[1]));
  }

  argText(index: number): string {
    return this.text.slice(this.columns[2 * index + 2], this.columns[2 * index + 3]);
  }

  get args(): ModprobeWord[] {
    if (!this.words) {
      const words: ModprobeWord[] = [];
      for (let i = 2; i < this.columns.length; i += 2) words.push(new LineWord(this, this.columns[i], this.columns[i + 1]));
      this.words = words;
    }
    return this.words;
  }

  get end(): Position {
    if (!this.lastEnd) {
      const n = this.columns.length;
      const { end } = mapRange(this, this.columns[n - 2], this.columns[n - 1]);
      this.lastEnd = { line: end.line, character: end.character };
    }
    return this.lastEnd;
  }

  /** The key=value words after the module name. */
  private optionParams(): ModuleParameter[] {
    const params: ModuleParameter[] = [];
    const { columns, text } = this;
    for (let i = 4; i < columns.length; i += 2) params.push(new LineParameter(this, columns[i], columns[i + 1]));
    return params;
  }
}

/** The command word; a known command is the table's own string, so a long file keeps no copy per line. */
function commandName(text: string, start: number, end: number): string {
  for (const name of COMMANDS) if (name.length === end - start && text.startsWith(name, start)) return name;
  return text.slice(start, end);
}

function parseCommand(logical: LogicalLine): ModprobeCommand | undefined {
  const columns = wordColumns(logical.text, logical.base, logical.to, true);
  if (columns.length === 0) return undefined;
  // slice: the columns in an exact-size array, where the pushed one keeps room to grow.
  return new LineCommand(logical, columns.slice());
}

const COMMAND_NAMES: ReadonlySet<string> = new Set(COMMANDS);

export function isCommand(name: string): name is CommandName {
  return COMMAND_NAMES.has(name);
}
