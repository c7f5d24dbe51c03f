import type { Position, Range } from 'vscode-languageserver-types';
import { parseXml, type XmlDocument } from '../../formats/xml';
import { lineIndex, type LineIndex } from '../../formats/lines';
import { ATTRIBUTE_TOKENS, offsetOf, tokenize, type TokenStop, type UperfToken } from './tokenizer';
import { findStartTags, startTagKindAt, type ElementKind, type StartTags } from './startTags';
import { flowopInfo } from './knowledge';

/*
 * The profile as uperf's build_worklist() sees it: a flat token stream driving a state machine
 * (current group / transaction / flowop), not a tree. Attributes act on whatever is current, not
 * on the element they are written on, so both are recorded.
 */

export interface Span { start: number; end: number }
export type { ElementKind } from './startTags';
export type AttributeName = 'name' | 'iterations' | 'type' | 'options' | 'duration' | 'nthreads' | 'nprocs' | 'rate';

export interface UperfAttribute {
  readonly token: UperfToken;
  readonly name: AttributeName;
  /** The value as uperf uses it (lower-cased). */
  readonly value: string;
  /** Document span of the value's characters (empty right after `=` when the value is empty). */
  readonly valueSpan: Span;
  readonly span: Span;
  /** The element whose start tag the attribute is written in, by XML reading. */
  readonly writtenOn: ElementKind | undefined;
  readonly envVar: string | undefined;
}

export interface UperfOption {
  /** The piece as uperf sees it (lower-cased). */
  readonly text: string;
  readonly span: Span;
  readonly key: string;
  readonly keySpan: Span;
  /** undefined for a flag (no `=`). */
  readonly value: string | undefined;
  readonly valueSpan: Span;
  /** Where the value starts in the attribute token's text (after the piece's `=`). */
  readonly valueIndex: number;
  /** Pieces not starting with a letter: uperf drops them silently. */
  readonly dropped: boolean;
  readonly envVar: string | undefined;
  readonly attribute: UperfAttribute;
}

export interface UperfFlowop {
  token: UperfToken;
  index: number;
  type: UperfAttribute | undefined;
  /** The flowop type when it is one uperf knows. */
  typeName: string | undefined;
  optionAttributes: readonly UperfAttribute[];
  options: readonly UperfOption[];
  transaction: UperfTransaction;
}

export interface UperfTransaction {
  token: UperfToken;
  index: number;
  iterations: UperfAttribute | undefined;
  duration: UperfAttribute | undefined;
  rate: UperfAttribute | undefined;
  flowops: UperfFlowop[];
  group: UperfGroup;
}

export interface UperfGroup {
  token: UperfToken;
  index: number;
  nthreads: UperfAttribute | undefined;
  nprocs: UperfAttribute | undefined;
  name: UperfAttribute | undefined;
  transactions: UperfTransaction[];
}

export type ProblemCode =
  | 'unknownSymbol' | 'noCurrentGroup' | 'noCurrentTransaction' | 'noCurrentFlowop' | 'nullTransaction' | 'unknownFlowop'
  | 'misplacedAttribute' | 'emptyFile' | 'noProfile';

export interface UperfProblem { readonly code: ProblemCode; readonly span: Span; readonly message: string; readonly token: UperfToken | undefined }

export interface UperfProfile {
  text: string;
  /** The XML tree, built when first read (completion, hover, symbols): the checks do not need it. */
  readonly xml: XmlDocument;
  tokens: UperfToken[];
  /** Offset where uperf stops reading (the dropped last byte or a NUL). */
  limit: number;
  stops: TokenStop[];
  groups: UperfGroup[];
  flowops: UperfFlowop[];
  attributes: UperfAttribute[];
  profileName: UperfAttribute | undefined;
  problems: UperfProblem[];
  rangeOf(span: Span): Range;
  offsetAt(position: Position): number;
}

/** nthreads= and nprocs= set the same count in uperf: the one written last wins. */
export function strandCount(group: UperfGroup): UperfAttribute | undefined {
  const { nthreads, nprocs } = group;
  if (!nthreads || !nprocs) return nthreads ?? nprocs;
  return nthreads.span.start > nprocs.span.start ? nthreads : nprocs;
}

/** Document span of characters [from, to) of a token's text. */
export function charSpan(token: UperfToken, from: number, to: number): Span {
  if (to <= from) {
    const length = token.text.length;
    const at = from < length ? offsetOf(token, from)! : length > 0 ? offsetOf(token, length - 1)! + 1 : token.start;
    return { start: at, end: at };
  }
  return { start: offsetOf(token, from)!, end: offsetOf(token, to - 1)! + 1 };
}

/**
 * The document spans characters [from, to) of a token's text were read from, in order: more than one
 * when a quote (or the blank before a glued token) lies between them.
 */
export function charPieces(token: UperfToken, from: number, to: number): Span[] {
  const pieces: Span[] = [];
  const { runs } = token;
  for (let k = 0, first = 0; k < runs.length && first < to; first += runs[k + 1], k += 2) {
    const start = Math.max(from, first);
    const end = Math.min(to, first + runs[k + 1]);
    if (end > start) pieces.push({ start: runs[k] + start - first, end: runs[k] + end - first });
  }
  return pieces;
}

/** An attribute works its spans out from its token when they are read. */
class Attribute implements UperfAttribute {
  readonly name: AttributeName;
  readonly value: string;
  readonly envVar: string | undefined;
  constructor(readonly token: UperfToken, readonly writtenOn: ElementKind | undefined) {
    this.name = token.type as AttributeName;
    this.value = token.value;
    this.envVar = token.envVar;
  }

  get valueSpan(): Span { return charSpan(this.token, this.token.valueIndex, this.token.text.length); }
  get span(): Span { return { start: this.token.start, end: this.token.end }; }
}

function attributeOf(tags: StartTags, token: UperfToken): UperfAttribute {
  return new Attribute(token, startTagKindAt(tags, token.start));
}

/*
 * An option piece keeps where it is in its attribute's token and works its spans out when read: a
 * large profile has a few options per flowop, and the rules read the spans of only the few they report.
 */
class OptionPiece implements UperfOption {
  readonly key: string;
  readonly value: string | undefined;
  readonly dropped: boolean;
  readonly envVar: string | undefined;
  constructor(readonly text: string, readonly attribute: UperfAttribute, private readonly from: number, private readonly equals: number) {
    this.key = equals < 0 ? text : text.slice(0, equals);
    this.value = equals < 0 ? undefined : text.slice(equals + 1);
    this.dropped = !isAsciiLetter(text.charCodeAt(0));
    this.envVar = this.value !== undefined && this.value.startsWith('$') ? this.value.slice(1) : undefined;
  }

  get span(): Span { return charSpan(this.attribute.token, this.from, this.from + this.text.length); }
  get keySpan(): Span { return charSpan(this.attribute.token, this.from, this.from + this.key.length); }
  get valueSpan(): Span { return charSpan(this.attribute.token, this.valueIndex, this.from + this.text.length); }
  get valueIndex(): number { return this.equals < 0 ? this.from + this.text.length : this.from + this.equals + 1; }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** flowop_parse_options: split at spaces and tabs, keep pieces starting with a letter. */
export function splitOptions(attribute: UperfAttribute): UperfOption[] {
  const { value } = attribute;
  const base = attribute.token.valueIndex;
  const out: UperfOption[] = [];
  for (let i = 0; i < value.length; ) {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 9) { i++; continue; }
    let end = i + 1;
    while (end < value.length && value.charCodeAt(end) !== 32 && value.charCodeAt(end) !== 9) end++;
    const piece = value.slice(i, end);
    out.push(new OptionPiece(piece, attribute, base + i, piece.indexOf('=')));
    i = end;
  }
  return out.length < 8 ? out.slice() : out;
}

const ATTRIBUTE_HOME: Record<AttributeName, ElementKind> = {
  name: 'group', nthreads: 'group', nprocs: 'group', iterations: 'transaction', duration: 'transaction', rate: 'transaction',
  type: 'flowop', options: 'flowop',
};

const WHAT_IT_DOES: Record<AttributeName, string> = {
  name: 'renames the enclosing group (transactions and flowops have no names of their own)',
  nthreads: "sets the enclosing group's thread count", nprocs: "sets the enclosing group's process count",
  iterations: "sets the enclosing transaction's iterations", duration: "sets the enclosing transaction's duration",
  rate: "sets the enclosing transaction's rate", type: 'changes the type of the previous flowop', options: 'adds options to the previous flowop',
};

/** `</group >` or `</profile >`: the close tag uperf rejects only for the blank before its ">". */
export function isSpacedClose(text: string, token: UperfToken, tag: '</group' | '</profile'): boolean {
  return token.text === tag && /^[ \t\r\n]+>/.test(text.slice(token.end, token.end + 64));
}

/** Files of junk have one per token: the span and message are worked out when read. */
class UnknownSymbol implements UperfProblem {
  declare readonly code: 'unknownSymbol';
  declare readonly token: UperfToken;
  constructor(token: UperfToken) {
    this.code = 'unknownSymbol';
    this.token = token;
  }
  get span(): Span { return { start: this.token.start, end: this.token.end }; }
  get message(): string { return `uperf stops here: "Unknown symbol: ${this.token.text}".`; }
}

/**
 * A flowop's attributes and options until it has some (replaced, never pushed to: the types are
 * readonly). Not frozen: a loop over a frozen array takes V8's generic iterator, one result object
 * per step, and the option loops of the rules met it for every flowop without options.
 */
const NONE: readonly never[] = [];

class WorklistBuilder {
  readonly groups: UperfGroup[] = [];
  readonly flowops: UperfFlowop[] = [];
  readonly attributes: UperfAttribute[] = [];
  readonly problems: UperfProblem[] = [];
  profileName: UperfAttribute | undefined;
  private group: UperfGroup | undefined;
  private txn: UperfTransaction | undefined;
  private flowop: UperfFlowop | undefined;
  private inGroup = false;
  private inTxn = false;

  constructor(private readonly text: string, private readonly tags: StartTags) {}

  private problem(code: ProblemCode, token: UperfToken, message: string, span: Span = { start: token.start, end: token.end }): void {
    this.problems.push({ code, span, message, token });
  }

  take(token: UperfToken): void {
    switch (token.type) {
      case 'groupStart':
        this.group = { token, index: this.groups.length, nthreads: undefined, nprocs: undefined, name: undefined, transactions: [] };
        this.groups.push(this.group);
        this.txn = undefined;
        this.flowop = undefined;
        this.inGroup = true;
        return;
      case 'groupEnd':
        this.inGroup = false;
        return;
      case 'txnStart':
        return this.startTransaction(token);
      case 'txnEnd':
        this.inTxn = false;
        return;
      case 'flowopStart':
        return this.startFlowop(token);
      case 'error':
        // `</group >` is read as meant (the group ends), so removing its space changes no structure.
        if (isSpacedClose(this.text, token, '</group')) this.inGroup = false;
        this.problems.push(new UnknownSymbol(token));
        return;
      default:
        if (ATTRIBUTE_TOKENS.has(token.type)) this.attribute(attributeOf(this.tags, token));
    }
  }

  private startTransaction(token: UperfToken): void {
    if (!this.inGroup || !this.group) {
      this.problem('noCurrentGroup', token, 'uperf stops here: "No current group" — a <transaction> must come after a <group> start tag (and before its </group>).');
      return;
    }
    this.txn = { token, index: this.group.transactions.length, iterations: undefined, duration: undefined, rate: undefined, flowops: [], group: this.group };
    this.group.transactions.push(this.txn);
    this.flowop = undefined;
    this.inTxn = true;
  }

  private startFlowop(token: UperfToken): void {
    if (!this.inTxn) {
      this.problem('noCurrentTransaction', token, 'uperf stops here: "No current transaction" — a <flowop> must be inside a <transaction>.');
      return;
    }
    if (!this.txn) {
      this.problem('nullTransaction', token, 'uperf crashes here (segmentation fault): the previous group left its <transaction> open (no </transaction>), so this new group has no transaction for the flowop.');
      return;
    }
    this.flowop = { token, index: this.flowops.length, type: undefined, typeName: undefined, optionAttributes: NONE, options: NONE, transaction: this.txn };
    this.txn.flowops.push(this.flowop);
    this.flowops.push(this.flowop);
  }

  private attribute(attribute: UperfAttribute): void {
    this.attributes.push(attribute);
    const { name, token } = attribute;
    const home = ATTRIBUTE_HOME[name];
    const misplaced = attribute.writtenOn !== undefined && attribute.writtenOn !== home && !(name === 'name' && attribute.writtenOn === 'profile');
    if (name === 'name') {
      if (this.inGroup && this.group) this.group.name = attribute; else this.profileName = attribute;
    } else if (home === 'group') {
      if (!this.inGroup || !this.group) return this.problem('noCurrentGroup', token, `uperf stops here: "No current group" — ${name} belongs on a <group>.`);
      this.group[name as 'nthreads' | 'nprocs'] = attribute;
    } else if (home === 'transaction') {
      if (!this.inTxn) return this.problem('noCurrentTransaction', token, `uperf stops here: "No current transaction" — ${name} belongs on a <transaction>.`);
      if (!this.txn) return this.problem('nullTransaction', token, 'uperf crashes here (segmentation fault): the previous group left its <transaction> open, so this group has no transaction yet.');
      this.txn[name as 'iterations' | 'duration' | 'rate'] = attribute;
    } else {
      if (!this.flowop) {
        return this.problem('noCurrentFlowop', token, `uperf crashes here (segmentation fault): ${name}= before the transaction's first <flowop> modifies a flowop that does not exist.`);
      }
      this.flowopAttribute(this.flowop, attribute);
    }
    if (misplaced && attribute.writtenOn) {
      this.problem('misplacedAttribute', token, `${name}= on a <${attribute.writtenOn}> ${WHAT_IT_DOES[name]}: uperf ignores where an attribute is written.`);
    }
  }

  private flowopAttribute(flowop: UperfFlowop, attribute: UperfAttribute): void {
    if (attribute.name === 'options') {
      // New arrays of the exact size: a flowop has one options= as a rule, and pushed arrays keep room to grow.
      flowop.optionAttributes = flowop.optionAttributes.length === 0 ? [attribute] : [...flowop.optionAttributes, attribute];
      flowop.options = flowop.options.length === 0 ? splitOptions(attribute) : [...flowop.options, ...splitOptions(attribute)];
      return;
    }
    flowop.type = attribute;
    flowop.typeName = undefined;
    if (attribute.envVar !== undefined) return;
    if (flowopInfo(attribute.value)) flowop.typeName = attribute.value;
    else this.problem('unknownFlowop', attribute.token, `uperf stops here: "Unknown flowop ${attribute.value}". Flowop types: read, write, connect, accept, disconnect, think, nop, send, recv, sendfile, sendfilev.`, attribute.valueSpan);
  }
}

export function parseUperf(text: string): UperfProfile {
  const { tokens, limit, stops } = tokenize(text);
  const builder = new WorklistBuilder(text, findStartTags(text));
  for (const token of tokens) builder.take(token);
  const problems = builder.problems;
  if (text.length === 0) problems.push({ code: 'emptyFile', span: { start: 0, end: 0 }, message: 'uperf refuses an empty file ("Zero byte file!").', token: undefined });
  else if (tokens.length === 0 && stops.length === 0) {
    problems.push({ code: 'noProfile', span: { start: 0, end: text.length }, message: 'uperf finds no profile here ("No profile found") and then waits forever with 0 threads.', token: undefined });
  }
  let lines: LineIndex | undefined;
  let xml: XmlDocument | undefined;
  return {
    text, tokens, limit, stops, groups: builder.groups, flowops: builder.flowops, attributes: builder.attributes,
    profileName: builder.profileName, problems,
    get xml() { return (xml ??= parseXml(text, { validate: false })); },
    rangeOf: (span) => {
      lines ??= lineIndex(text);
      return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
    },
    offsetAt: (position) => (lines ??= lineIndex(text)).offsetAt(position),
  };
}
