import type { CommentStyle } from './language';

export interface Suppressions {
  /** Rule ids disabled for the whole file; contains '*' when every rule is. */
  file: Set<string>;
  /** 0-based line -> rule ids disabled on that line. */
  lines: Map<number, Set<string>>;
}

const MARKER = 'kvmtune-disable';
const NEXT_LINE = '-next-line';

interface Directive {
  kind: 'file' | 'next-line';
  /** What follows the directive word: the rule ids, maybe a ` -- reason`. */
  rest: string;
}

/**
 * Reads `kvmtune-disable-next-line <id>[, <id>]` and `kvmtune-disable <id>` comments. No ids means every
 * rule. Only the lines that hold the marker are looked at (found with indexOf, their numbers counted
 * on the way), so a file pays for its directives, not for its length, and nothing backtracks.
 */
export function findSuppressions(text: string, style: CommentStyle): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  const idsOf = new Map<string, string[]>();
  const cursor = new LineCursor(text);
  // A run of disable-next-line directives on consecutive lines targets the first line after the run
  // that is not itself a directive; the run's ids wait here until the run ends.
  let run: { lastLine: number; ids: Set<string> } | undefined;
  const endRun = () => {
    if (!run) return;
    const target = result.lines.get(run.lastLine + 1);
    if (target) run.ids.forEach((id) => target.add(id));
    else result.lines.set(run.lastLine + 1, run.ids);
    run = undefined;
  };
  for (let at = text.indexOf(MARKER); at >= 0; ) {
    const { line, start, end } = cursor.lineOf(at);
    at = text.indexOf(MARKER, end);
    const body = commentBody(text.slice(start, end), style);
    const directive = body === undefined ? undefined : directiveIn(body);
    if (!directive) continue;
    let ids = idsOf.get(directive.rest);
    if (!ids) idsOf.set(directive.rest, (ids = parseIds(directive.rest)));
    if (run && run.lastLine + 1 !== line) endRun();
    if (directive.kind === 'file') {
      for (const id of ids) result.file.add(id);
      // A file directive is still a directive line: a run continues past it.
      if (run) run.lastLine = line;
      continue;
    }
    run ??= { lastLine: line, ids: new Set() };
    run.lastLine = line;
    for (const id of ids) run.ids.add(id);
  }
  endRun();
  return result;
}

/** Line numbers and bounds of increasing offsets, counting \n, \r\n and a lone \r as one break each. */
class LineCursor {
  private offset = 0;
  private line = 0;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  lineOf(target: number): { line: number; start: number; end: number } {
    const { text } = this;
    for (; this.offset < target; this.offset += 1) {
      const code = text.charCodeAt(this.offset);
      if (code === 10 || (code === 13 && text.charCodeAt(this.offset + 1) !== 10)) {
        this.line += 1;
        this.lineStart = this.offset + 1;
      }
    }
    let end = target;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end += 1;
    return { line: this.line, start: this.lineStart, end };
  }
}

export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  if (suppressions.file.has('*') || suppressions.file.has(ruleId)) return true;
  const ids = suppressions.lines.get(line);
  return ids !== undefined && (ids.has('*') || ids.has(ruleId));
}

/** The text of the comment that makes up `line`, or undefined when the line is not a comment. */
function commentBody(line: string, style: CommentStyle): string | undefined {
  const trimmed = line.trim();
  if (style === 'xml') {
    return trimmed.length >= 7 && trimmed.startsWith('<!--') && trimmed.endsWith('-->') ? trimmed.slice(4, -3) : undefined;
  }
  return trimmed.startsWith('#') || trimmed.startsWith(';') ? trimmed.slice(1) : undefined;
}

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** The first `kvmtune-disable[-next-line]` in a comment that ends at a word boundary. */
function directiveIn(body: string): Directive | undefined {
  for (let from = 0; ; ) {
    const at = body.indexOf(MARKER, from);
    if (at < 0) return undefined;
    const after = at + MARKER.length;
    if (body.startsWith(NEXT_LINE, after) && !isWordChar(body.charCodeAt(after + NEXT_LINE.length))) {
      return { kind: 'next-line', rest: body.slice(after + NEXT_LINE.length) };
    }
    if (!isWordChar(body.charCodeAt(after))) return { kind: 'file', rest: body.slice(after) };
    from = at + 1;
  }
}

/** JavaScript's `\s` as a character test (no regex per character on a long line). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(ch);
}

/** Where a ` -- reason` starts (blanks on both sides of the dashes), or the text's length. */
function reasonStart(text: string): number {
  for (let at = text.indexOf('--'); at >= 0; at = text.indexOf('--', at + 1)) {
    if (at > 0 && isSpace(text[at - 1]) && at + 2 < text.length && isSpace(text[at + 2])) {
      let start = at - 1;
      while (start > 0 && isSpace(text[start - 1])) start -= 1;
      return start;
    }
  }
  return text.length;
}

function parseIds(rest: string): string[] {
  let end = rest.length;
  while (end > 0 && isSpace(rest[end - 1])) end -= 1;
  const body = rest.endsWith('-->', end) ? rest.slice(0, end - 3) : rest;
  const ids = body
    .slice(0, reasonStart(body))
    .split(/[,\s]+/)
    .filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
  return ids.length > 0 ? ids : ['*'];
}

/** The comment line a "Disable <id> for this line" quick fix inserts above `indent`ed content. */
export function disableNextLineComment(ruleId: string, style: CommentStyle, indent: string, eol = '\n'): string {
  return style === 'xml'
    ? `${indent}<!-- kvmtune-disable-next-line ${ruleId} -->${eol}`
    : `${indent}# kvmtune-disable-next-line ${ruleId}${eol}`;
}
