import type { Position } from 'vscode-languageserver-types';
import { skipBlanks, wordEnd } from '../../formats/keyValue';

/**
 * The reading of modprobe.d that every rule shares, kept in a few flat typed arrays: a command's
 * lines, its kind and the columns of its words. A 100,000-line file is then a handful of arrays
 * rather than several objects per line (objects that live through a whole validation outgrow the
 * young generation, and the time per line rose with the length of the file).
 */
export const COMMANDS = ['options', 'install', 'remove', 'blacklist', 'alias', 'softdep', 'weakdep'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const OPTIONS_KIND = 0;
/** The kind of a command word kmod does not know. */
export const UNKNOWN_KIND = -1;

/** The record of one command: first and last physical line, kind, where its columns start, how many words, where its text starts. */
const LINE = 0;
const END_LINE = 1;
const KIND = 2;
const FIRST_COLUMN = 3;
const WORDS = 4;
const BASE = 5;
const FIELDS = 6;

/** A command continued over several lines: its lines joined, and where each line starts in the joined text (offset, line, …). */
interface Joined {
  text: string;
  pieces: number[];
}

function grown(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The command whose name starts with each letter: the seven names start with seven different letters. */
const KIND_BY_FIRST_LETTER = new Int8Array(128).fill(UNKNOWN_KIND);
COMMANDS.forEach((name, kind) => (KIND_BY_FIRST_LETTER[name.charCodeAt(0)] = kind));

function kindOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  const kind = first < 128 ? KIND_BY_FIRST_LETTER[first] : UNKNOWN_KIND;
  if (kind === UNKNOWN_KIND) return kind;
  const name = COMMANDS[kind];
  return name.length === end - start && text.startsWith(name, start) ? kind : UNKNOWN_KIND;
}

export class CommandTable {
  count = 0;
  readonly commentLines: number[] = [];
  // Small at first, so that a typical file grows them too: code compiled while only small files
  // were open then knows the growing path, and the first large file does not throw it away.
  private records = new Int32Array(4 * FIELDS);
  private columns = new Int32Array(8);
  private columnCount = 0;
  private readonly joined = new Map<number, Joined>();

  constructor(readonly text: string) {}

  line(command: number): number {
    return this.records[command * FIELDS + LINE];
  }

  endLine(command: number): number {
    return this.records[command * FIELDS + END_LINE];
  }

  kind(command: number): number {
    return this.records[command * FIELDS + KIND];
  }

  /** Words after the command word. */
  argCount(command: number): number {
    return this.records[command * FIELDS + WORDS] - 1;
  }

  /** The text the command's columns index: the document, or the joined lines of a continued command. */
  textOf(command: number): string {
    return this.joined.get(command)?.text ?? this.text;
  }

  /** Start (side 0) or end (side 1) column of word `word` (0 = the command word) in textOf(command). */
  column(command: number, word: number, side: 0 | 1): number {
    return this.columns[this.records[command * FIELDS + FIRST_COLUMN] + 2 * word + side];
  }

  wordText(command: number, word: number): string {
    return this.textOf(command).slice(this.column(command, word, 0), this.column(command, word, 1));
  }

  /** The document position of offset `offset` of textOf(command). */
  positionOf(command: number, offset: number): Position {
    const joined = this.joined.get(command);
    if (!joined) return { line: this.line(command), character: offset - this.records[command * FIELDS + BASE] };
    const { pieces } = joined;
    let low = 0;
    let high = pieces.length / 2 - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (pieces[2 * mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: pieces[2 * low + 1], character: offset - pieces[2 * low] };
  }

  /** Reads the words of text[from, to) (double quotes group blanks) as the next command, when there are any. */
  add(text: string, from: number, to: number, line: number, endLine: number, joined: Joined | undefined): void {
    const first = this.columnCount;
    for (let start = skipBlanks(text, from, to); start < to; ) {
      const end = wordEnd(text, start, to, true);
      this.columns = grown(this.columns, this.columnCount + 2);
      this.columns[this.columnCount] = start;
      this.columns[this.columnCount + 1] = end;
      this.columnCount += 2;
      start = skipBlanks(text, end, to);
    }
    const words = (this.columnCount - first) / 2;
    if (words === 0) return;
    const command = this.count;
    this.records = grown(this.records, (command + 1) * FIELDS);
    const at = command * FIELDS;
    this.records[at + LINE] = line;
    this.records[at + END_LINE] = endLine;
    this.records[at + KIND] = kindOf(text, this.columns[first], this.columns[first + 1]);
    this.records[at + FIRST_COLUMN] = first;
    this.records[at + WORDS] = words;
    this.records[at + BASE] = from;
    if (joined) this.joined.set(command, joined);
    this.count += 1;
  }
}

/**
 * One pass over the text, line by line as `split(/\r\n|\r|\n/)` has them: `#` comment lines, a
 * trailing backslash joining the next line (without a blank), every other line a command.
 */
export function scanCommands(text: string): CommandTable {
  const table = new CommandTable(text);
  const lines = new LineCursor(text);
  while (lines.more) {
    if (isCommentLine(text, lines.start, lines.end)) {
      table.commentLines.push(lines.line);
      lines.advance();
    } else if (continues(text, lines)) {
      const first = lines.line;
      const joined = joinContinued(text, lines);
      table.add(joined.text, 0, joined.text.length, first, lines.line, joined);
      lines.advance();
    } else {
      table.add(text, lines.start, lines.end, lines.line, lines.line, undefined);
      lines.advance();
    }
  }
  return table;
}

function isCommentLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i += 1;
  return i < end && text.charCodeAt(i) === 35;
}

/** A trailing backslash joins the next line, when there is one. */
function continues(text: string, lines: LineCursor): boolean {
  return lines.end > lines.start && text.charCodeAt(lines.end - 1) === 92 && lines.hasNext;
}

/** Joins the current line with those it continues into; leaves the cursor on the last of them. */
function joinContinued(text: string, lines: LineCursor): Joined {
  let joined = '';
  const pieces: number[] = [];
  for (;;) {
    const continued = continues(text, lines);
    pieces.push(joined.length, lines.line);
    joined += text.slice(lines.start, continued ? lines.end - 1 : lines.end);
    if (!continued) return { text: joined, pieces };
    lines.advance();
  }
}

/** The physical lines of a text: where the current one starts and ends (before its break), found with indexOf. */
class LineCursor {
  line = 0;
  start = 0;
  end = 0;
  more = true;
  private nextLf: number;
  private nextCr: number;

  constructor(private readonly text: string) {
    this.nextLf = text.indexOf('\n');
    this.nextCr = text.indexOf('\r');
    this.end = this.breakFrom(0);
  }

  /** Whether a line follows the current one. */
  get hasNext(): boolean {
    return this.end < this.text.length;
  }

  advance(): void {
    if (!this.hasNext) {
      this.more = false;
      return;
    }
    const { text, end } = this;
    this.start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    this.line += 1;
    this.end = this.breakFrom(this.start);
  }

  /** Where the first line break at or after `from` is, or the text's end. */
  private breakFrom(from: number): number {
    if (this.nextLf >= 0 && this.nextLf < from) this.nextLf = this.text.indexOf('\n', from);
    if (this.nextCr >= 0 && this.nextCr < from) this.nextCr = this.text.indexOf('\r', from);
    const lf = this.nextLf < 0 ? this.text.length : this.nextLf;
    const cr = this.nextCr < 0 ? this.text.length : this.nextCr;
    return Math.min(lf, cr);
  }
}
