// The records parseIni keeps for every line and option. A large profile holds one line record and
// one option record per line through a whole validation, so they keep plain offsets and build
// their ranges (and the first value piece) when read, instead of a dozen small objects per line.
import type { Range } from 'vscode-languageserver-types';
import type { IniComment, IniLine, IniLineKind, IniOption, IniSection, IniValueLine } from './ini';

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Where a line's comment is: its prefix and where it starts and ends on the line. */
export interface CommentSpan {
  prefix: string;
  start: number;
  end: number;
}

export class IniLineRecord implements IniLine {
  // Which keys exist is part of the record: a line outside any section has no sectionIndex key,
  // blank and comment lines have one even when it is undefined, only option and continuation
  // lines have optionIndex.
  declare sectionIndex?: number;
  declare optionIndex?: number;

  constructor(
    readonly line: number,
    readonly text: string,
    readonly indent: number,
    private readonly contentStart: number,
    private readonly contentEnd: number,
    private readonly commentSpan: CommentSpan | undefined,
    readonly kind: IniLineKind,
    sectionIndex?: number,
    optionIndex?: number,
  ) {
    if (kind !== 'outside') this.sectionIndex = sectionIndex;
    if (kind === 'option' || kind === 'continuation') this.optionIndex = optionIndex;
  }

  get contentRange(): Range {
    return range(this.line, this.contentStart, this.contentEnd);
  }

  /** The comment on the line; it is inline when content comes before it. */
  get comment(): IniComment | undefined {
    const span = this.commentSpan;
    if (!span) return undefined;
    return { prefix: span.prefix, range: range(this.line, span.start, span.end), inline: this.contentEnd > this.contentStart };
  }
}

export class IniSectionRecord implements IniSection {
  declare trailing?: { text: string; range: Range };
  endLine: number;
  readonly optionIndexes: number[] = [];

  constructor(
    readonly index: number,
    readonly name: string,
    readonly line: number,
    readonly isDefault: boolean,
    /** Where the `[` is. */
    private readonly open: number,
  ) {
    this.endLine = line;
  }

  get nameRange(): Range {
    return range(this.line, this.open + 1, this.open + 1 + this.name.length);
  }

  get headerRange(): Range {
    return range(this.line, this.open, this.open + 2 + this.name.length);
  }
}

/** One piece of a value: the first line's text after the delimiter, or a continuation line's content. */
export class IniValuePiece implements IniValueLine {
  constructor(
    readonly line: number,
    readonly text: string,
    readonly start: number,
  ) {}

  get range(): Range {
    return range(this.line, this.start, this.start + this.text.length);
  }
}

export class IniOptionRecord implements IniOption {
  /** Every piece, the first line's included, once a continuation line joins the value; undefined for a one-line value. */
  private pieces: IniValuePiece[] | undefined = undefined;
  value: string;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly rawName: string,
    readonly delimiter: string,
    readonly sectionIndex: number,
    readonly line: number,
    private readonly nameStart: number,
    private readonly delimiterStart: number,
    private readonly valueStart: number,
    /** The first line's part of the value. */
    firstText: string,
  ) {
    this.value = firstText;
  }

  get nameRange(): Range {
    return range(this.line, this.nameStart, this.nameStart + this.rawName.length);
  }

  get delimiterRange(): Range {
    return range(this.line, this.delimiterStart, this.delimiterStart + this.delimiter.length);
  }

  get valueRange(): Range {
    const { pieces } = this;
    if (!pieces) return range(this.line, this.valueStart, this.valueStart + this.value.length);
    const last = pieces[pieces.length - 1];
    return { start: { line: this.line, character: this.valueStart }, end: { line: last.line, character: last.start + last.text.length } };
  }

  get lastLine(): number {
    const { pieces } = this;
    return pieces ? pieces[pieces.length - 1].line : this.line;
  }

  get valueLines(): IniValueLine[] {
    return this.pieces ? [...this.pieces] : [new IniValuePiece(this.line, this.value, this.valueStart)];
  }

  /** Pieces confirmed by a continuation line (blank ones before it included); the value is joined once all are in. */
  continueWith(pieces: readonly IniValuePiece[]): void {
    this.pieces ??= [new IniValuePiece(this.line, this.value, this.valueStart)];
    for (const piece of pieces) this.pieces.push(piece);
  }

  /** The value once all pieces are in: configparser joins them with "\n". */
  joinPieces(): void {
    if (this.pieces) this.value = this.pieces.map((p) => p.text).join('\n');
  }
}
