import type { Position } from 'vscode-languageserver-types';

/** Line breaks as LSP and TextDocument count them: CRLF, lone CR and LF all end a line. */
export const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The end-of-line a text already uses, so inserted lines do not mix styles. */
export function eolOf(doc: { getText(): string } | string): string {
  const text = typeof doc === 'string' ? doc : doc.getText();
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * What goes before a block appended at the end of `text` so a blank line separates it from what is
 * there: nothing in an empty text, one break after a last line that already ends with one, two
 * otherwise. After a lone \r that break is the file's own \r: a \n there would fuse into one \r\n.
 */
export function blankLineBeforeAppend(text: string, eol: string): string {
  if (text.length === 0) return '';
  if (text.endsWith('\n')) return eol;
  if (text.endsWith('\r')) return '\r';
  return eol + eol;
}

/**
 * The break that ends a line inserted at `offset`: the file's `eol`, except that a lone \r right
 * before a \n would fuse with it into one \r\n, a break the file may not use; the file's \n then.
 */
export function breakBefore(text: string, offset: number, eol: string): string {
  return eol === '\r' && text.charCodeAt(offset) === 10 ? '\n' : eol;
}

/** Offsets where each line starts; one pass, so position lookups stay linear overall. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i += 1;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The position of `offset` (clamped to the text) given the text's `lineStarts`. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  const target = Math.max(0, offset);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= target) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: target - starts[low] };
}

/** The offset of `position` given the text's `lineStarts`; characters past a line's end are not clamped. */
export function offsetAt(starts: readonly number[], position: Position): number {
  const line = Math.min(Math.max(0, position.line), starts.length - 1);
  return starts[line] + Math.max(0, position.character);
}

/** The text of line `line` without its line break. */
export function lineText(text: string, starts: readonly number[], line: number): string {
  if (line < 0 || line >= starts.length) return '';
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(starts[line], end).replace(/\r?\n$|\r$/, '');
}

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Offset ↔ position conversion for one text, clamped the way TextDocument clamps (to the text; to the line, before its break; never inside a CRLF). */
export function lineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  return {
    positionAt: (offset) => {
      const clamped = Math.min(offset, text.length);
      // An offset between the CR and LF of a CRLF is past the line's last character: put it before the CR.
      const inCrlf = clamped > 0 && text.charCodeAt(clamped - 1) === 13 && text.charCodeAt(clamped) === 10;
      return positionAt(starts, inCrlf ? clamped - 1 : clamped);
    },
    offsetAt: (position) => {
      if (position.line < 0) return 0;
      if (position.line >= starts.length) return text.length;
      let lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
      if (lineEnd > starts[position.line] && text[lineEnd - 1] === '\n') lineEnd -= 1;
      if (lineEnd > starts[position.line] && text[lineEnd - 1] === '\r') lineEnd -= 1;
      return Math.max(starts[position.line], Math.min(starts[position.line] + position.character, lineEnd));
    },
  };
}
