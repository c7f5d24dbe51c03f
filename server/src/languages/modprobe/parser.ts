import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { equalsIn, parameterSpan, type ParameterSpan } from '../../formats/keyValue';
import { COMMANDS, OPTIONS_KIND, UNKNOWN_KIND, scanCommands, type CommandName, type CommandTable } from './commandTable';

/**
 * modprobe.d as kmod reads it: `#` comment lines, a trailing backslash joins the next line (without
 * a blank), and every other line is `<command> <arguments…>`: options, install, remove, blacklist,
 * alias, softdep, weakdep. Words keep document ranges even when a continuation splits the command.
 */
export { COMMANDS, type CommandName };

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
  /** The commands as columns, for a reader of every line that needs no command object. */
  readonly table: CommandTable;
  /** commands[index], without building the others. */
  commandAt(index: number): ModprobeCommand;
  /** The command that covers document line `line` (a continued one covers several), found by binary search. */
  commandOnLine(line: number): ModprobeCommand | undefined;
}

export function parseModprobe(doc: TextDocument): ModprobeFile {
  return parseModprobeText(doc.getText());
}

export function parseModprobeText(text: string): ModprobeFile {
  return new ParsedModprobe(scanCommands(text));
}

function mapRange(table: CommandTable, command: number, start: number, end: number): Range {
  if (end <= start) {
    const at = table.positionOf(command, start);
    return { start: at, end: at };
  }
  const last = table.positionOf(command, end - 1);
  return { start: table.positionOf(command, start), end: { line: last.line, character: last.character + 1 } };
}

/** Parameter `param` (0 = the first word after the module name) of options command `command`, by columns. */
export function parameterAt(table: CommandTable, command: number, param: number): ParameterSpan {
  return parameterSpan(table.textOf(command), { start: table.column(command, param + 2, 0), end: table.column(command, param + 2, 1) });
}

export interface ParameterRanges {
  name: Range;
  value: Range;
  whole: Range;
}

/** The ranges of a parameter's name, unquoted value (where it would go when empty) and whole word. */
export function parameterRanges(table: CommandTable, command: number, span: ParameterSpan): ParameterRanges {
  return {
    name: parameterNameRange(table, command, span),
    value: parameterValueRange(table, command, span),
    whole: mapRange(table, command, span.nameStart, Math.max(span.nameEnd, span.rawEnd)),
  };
}

export function parameterNameRange(table: CommandTable, command: number, span: ParameterSpan): Range {
  return mapRange(table, command, span.nameStart, span.nameEnd);
}

export function parameterValueRange(table: CommandTable, command: number, span: ParameterSpan): Range {
  return mapRange(table, command, span.unquotedStart, span.value === '' ? span.unquotedStart : span.unquotedEnd);
}

/**
 * Words, parameters and commands work their document ranges out when asked: a 10k-line file has
 * some 100,000 ranges of which the rules read a few hundred, and building them all was most of the parse.
 */
class LineWord implements ModprobeWord {
  readonly text: string;
  private mapped: Range | undefined = undefined;
  constructor(
    private readonly table: CommandTable,
    private readonly index: number,
    private readonly word: number,
  ) {
    this.text = table.wordText(index, word);
  }

  get range(): Range {
    return (this.mapped ??= mapRange(this.table, this.index, this.table.column(this.index, this.word, 0), this.table.column(this.index, this.word, 1)));
  }
}

/**
 * A parameter keeps only which word it is; name, value and columns are read again from the text
 * when asked (cheap, and nothing of it lives through a validation), its ranges once.
 */
class LineParameter implements ModuleParameter {
  private mapped: ParameterRanges | undefined = undefined;

  constructor(
    private readonly table: CommandTable,
    private readonly index: number,
    private readonly param: number,
  ) {}

  get name(): string {
    return parameterAt(this.table, this.index, this.param).name;
  }

  get value(): string {
    return parameterAt(this.table, this.index, this.param).value;
  }

  get hasEquals(): boolean {
    const { table, index, param } = this;
    return equalsIn(table.textOf(index), table.column(index, param + 2, 0), table.column(index, param + 2, 1)) >= 0;
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

  private ranges(): ParameterRanges {
    return (this.mapped ??= parameterRanges(this.table, this.index, parameterAt(this.table, this.index, this.param)));
  }
}

/** The parameters of a command that is not `options`: there are none, and nothing adds any. */
const NO_PARAMS: ModuleParameter[] = [];

/** A command of the table, built when a reader asks for it; its words and parameters once asked for. */
class LineCommand implements ModprobeCommand {
  private word: ModprobeWord | undefined = undefined;
  private words: ModprobeWord[] | undefined = undefined;
  private parameters: ModuleParameter[] | undefined = undefined;
  private lastEnd: Position | undefined = undefined;

  constructor(
    private readonly table: CommandTable,
    private readonly index: number,
  ) {}

  get line(): number {
    return this.table.line(this.index);
  }

  get endLine(): number {
    return this.table.endLine(this.index);
  }

  /** The command word; a known command is the table's own string. */
  get name(): string {
    const kind = this.table.kind(this.index);
    return kind === UNKNOWN_KIND ? this.table.wordText(this.index, 0) : COMMANDS[kind];
  }

  get argCount(): number {
    return this.table.argCount(this.index);
  }

  get params(): ModuleParameter[] {
    if (this.table.kind(this.index) !== OPTIONS_KIND) return NO_PARAMS;
    if (!this.parameters) {
      const params: ModuleParameter[] = [];
      for (let p = 0; p < this.argCount - 1; p += 1) params.push(new LineParameter(this.table, this.index, p));
      this.parameters = params;
    }
    return this.parameters;
  }

  get command(): ModprobeWord {
    return (this.word ??= new LineWord(this.table, this.index, 0));
  }

  argText(index: number): string {
    return this.table.wordText(this.index, index + 1);
  }

  get args(): ModprobeWord[] {
    if (!this.words) {
      const words: ModprobeWord[] = [];
      for (let i = 1; i <= this.argCount; i += 1) words.push(new LineWord(this.table, this.index, i));
      this.words = words;
    }
    return this.words;
  }

  get end(): Position {
    if (!this.lastEnd) {
      const last = this.argCount;
      const { end } = mapRange(this.table, this.index, this.table.column(this.index, last, 0), this.table.column(this.index, last, 1));
      this.lastEnd = { line: end.line, character: end.character };
    }
    return this.lastEnd;
  }
}

class ParsedModprobe implements ModprobeFile {
  private list: ModprobeCommand[] | undefined = undefined;
  private readonly some = new Map<number, ModprobeCommand>();

  constructor(readonly table: CommandTable) {}

  get commentLines(): number[] {
    return this.table.commentLines;
  }

  get commands(): ModprobeCommand[] {
    if (!this.list) {
      const list: ModprobeCommand[] = [];
      for (let i = 0; i < this.table.count; i += 1) list.push(this.some.get(i) ?? new LineCommand(this.table, i));
      this.list = list;
    }
    return this.list;
  }

  commandOnLine(line: number): ModprobeCommand | undefined {
    const { table } = this;
    let low = 0;
    let high = table.count - 1;
    // The last command starting at or before the line; commands are in line order and do not overlap.
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (table.line(mid) <= line) low = mid;
      else high = mid - 1;
    }
    return table.count > 0 && table.line(low) <= line && line <= table.endLine(low) ? this.commandAt(low) : undefined;
  }

  commandAt(index: number): ModprobeCommand {
    if (this.list) return this.list[index];
    let command = this.some.get(index);
    if (!command) this.some.set(index, (command = new LineCommand(this.table, index)));
    return command;
  }
}
