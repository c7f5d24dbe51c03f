import type { CommentStyle } from './language';
import { splitLines } from '../formats/lines';

export interface Suppressions {
  /** Rule ids disabled for the whole file; contains '*' when every rule is. */
  file: Set<string>;
  /** 0-based line -> rule ids disabled on that line. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /kvmtune-(disable-next-line|disable)\b([^\n]*)/;

/** Reads `kvmtune-disable-next-line <id>[, <id>]` and `kvmtune-disable <id>` comments. No ids means every rule. */
export function findSuppressions(text: string, style: CommentStyle): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  const lines = splitLines(text);
  lines.forEach((line, index) => {
    const body = commentBody(line, style);
    if (body === undefined) return;
    const match = DIRECTIVE.exec(body);
    if (!match) return;
    const ids = parseIds(match[2]);
    if (match[1] === 'disable') {
      ids.forEach((id) => result.file.add(id));
    } else {
      const target = nextContentLine(lines, index, style);
      const set = result.lines.get(target) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      result.lines.set(target, set);
    }
  });
  return result;
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
    const match = /^<!--([\s\S]*?)-->$/.exec(trimmed);
    return match ? match[1] : undefined;
  }
  return trimmed.startsWith('#') || trimmed.startsWith(';') ? trimmed.slice(1) : undefined;
}

/** A disable-next-line comment followed by more directive comments still targets the first real line. */
function nextContentLine(lines: string[], index: number, style: CommentStyle): number {
  let next = index + 1;
  while (next < lines.length) {
    const body = commentBody(lines[next], style);
    if (body === undefined || !DIRECTIVE.test(body)) break;
    next += 1;
  }
  return next;
}

function parseIds(rest: string): string[] {
  const cleaned = rest.replace(/-->\s*$/, '').split(/\s+--\s+/)[0];
  const ids = cleaned
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
  return ids.length > 0 ? ids : ['*'];
}

/** The comment line a "Disable <id> for this line" quick fix inserts above `indent`ed content. */
export function disableNextLineComment(ruleId: string, style: CommentStyle, indent: string, eol = '\n'): string {
  return style === 'xml'
    ? `${indent}<!-- kvmtune-disable-next-line ${ruleId} -->${eol}`
    : `${indent}# kvmtune-disable-next-line ${ruleId}${eol}`;
}
