import { XMLValidator } from 'fast-xml-parser';
import type { Range } from 'vscode-languageserver-types';
import type { XmlProblem } from './xmlTypes';

/**
 * fast-xml-parser is the authority on well-formedness, but it reports only the first error, as a
 * 1-based line and column counted its own way: it strips a leading BOM first, and it splits lines on
 * `\r?\n` only, so a lone CR does not start a line for it (LSP counts CR, LF and CRLF). We turn its
 * line/column back into an offset with exactly those rules and widen it to the token it points at.
 */
export function wellFormednessProblem(text: string, rangeOf: (start: number, end: number) => Range): XmlProblem | undefined {
  let result: ReturnType<typeof XMLValidator.validate>;
  try {
    result = XMLValidator.validate(text);
  } catch (error) {
    return { code: 'ValidatorFailed', message: `XML validator failed: ${(error as Error).message}`, range: rangeOf(0, 0) };
  }
  if (result === true) return undefined;
  const { code, msg, line, col } = result.err;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const offset = validatorOffset(text, bom, line, col ?? 1);
  const [start, end] = tokenAt(text, offset);
  return { code, message: msg, range: rangeOf(start, end) };
}

function validatorOffset(text: string, bom: number, line: number, col: number): number {
  let offset = bom;
  for (let current = 1; current < line; current++) {
    const lf = text.indexOf('\n', offset);
    if (lf < 0) break;
    offset = lf + 1;
  }
  return Math.min(text.length, offset + Math.max(0, col - 1));
}

const TOKEN_STOP = /[\s<>"'=]/;

/** The token starting at offset: a tag opener with its name (`</c>`, `<b`), or a run of name characters, or one character. */
function tokenAt(text: string, offset: number): [number, number] {
  if (offset >= text.length) return [offset, offset];
  let end = offset;
  if (text[end] === '<') {
    end++;
    if (text[end] === '/') end++;
    while (end < text.length && !TOKEN_STOP.test(text[end]) && text[end] !== '/') end++;
    if (text[offset + 1] === '/' && text[end] === '>') end++;
    return [offset, end];
  }
  while (end < text.length && !TOKEN_STOP.test(text[end])) end++;
  if (end === offset) {
    // Whitespace before an attribute (the validator points at the gap): widen to the attribute name after it.
    let name = offset;
    while (name < text.length && /[ \t\r\n]/.test(text[name])) name++;
    end = name;
    while (end < text.length && !TOKEN_STOP.test(text[end])) end++;
    if (end > name) return [name, end];
    return [offset, offset + 1];
  }
  return [offset, end];
}
