import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { eolOf } from '../../formats/lines';
import { insertTextFix, replaceFix } from '../../formats/fixes';
import type { Fix } from '../../service/types';
import { attribute, type LvElement } from './model';

/** The quote the element (or its interface) already uses, so a fix keeps the file's style. */
export function quoteOf(element: LvElement): string {
  for (let at: LvElement | undefined = element; at; at = at.parent) {
    const quoted = at.attributes.find((a) => a.quote !== '');
    if (quoted) return quoted.quote;
  }
  return "'";
}

function lineIndent(doc: TextDocument, line: number): string {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return /^[ \t]*/.exec(text)![0];
}

/** The indentation one level deeper than `element`, taken from its children when it has any. */
function childIndent(doc: TextDocument, element: LvElement): string {
  const first = element.children[0];
  if (first && first.range.start.line !== element.range.start.line) return lineIndent(doc, first.range.start.line);
  const own = lineIndent(doc, element.range.start.line);
  return own + (own.includes('\t') ? '\t' : '  ');
}

/**
 * Adds `markup` (one element, possibly several lines joined with '\n') as the last child of
 * `element`, on its own line, indented like its siblings and with the document's line ending.
 * A self-closing `<interface …/>` is opened up.
 */
export function insertChildFix(doc: TextDocument, element: LvElement, markup: string, title: string, isPreferred = false): Fix {
  const eol = eolOf(doc);
  const indent = childIndent(doc, element);
  const body = markup
    .split('\n')
    .map((line) => indent + line)
    .join(eol);
  const ownIndent = lineIndent(doc, element.range.start.line);
  if (element.selfClosing) {
    const end = element.startTagRange.end;
    const slash: Position = { line: end.line, character: end.character - 2 };
    return replaceFix(title, { start: slash, end }, `>${eol}${body}${eol}${ownIndent}</${element.name}>`, isPreferred);
  }
  const close = element.endTagStart;
  if (!close) return insertTextFix(title, element.startTagRange.end, `${eol}${body}`, isPreferred);
  const closeIndentOnly = doc.getText({ start: { line: close.line, character: 0 }, end: close }).trim() === '';
  if (closeIndentOnly) return insertTextFix(title, { line: close.line, character: 0 }, `${body}${eol}`, isPreferred);
  return insertTextFix(title, close, `${eol}${body}${eol}${ownIndent}`, isPreferred);
}

/** Sets an attribute: replaces the value when it is there, otherwise appends it to the start tag. */
export function setAttributeFix(element: LvElement, name: string, value: string, title: string, isPreferred = false): Fix {
  const existing = attribute(element, name);
  if (existing) return replaceFix(title, existing.valueRange, value, isPreferred);
  const quote = quoteOf(element);
  const last = element.attributes[element.attributes.length - 1];
  const after = last ? last.range.end : element.nameRange.end;
  return insertTextFix(title, after, ` ${name}=${quote}${value}${quote}`, isPreferred);
}

/** Writes an empty-element tag in the file's quote style: `tag(element, 'driver', { name: 'vhost' })`. */
export function tag(near: LvElement, name: string, attributes: Record<string, string>): string {
  const quote = quoteOf(near);
  const text = Object.entries(attributes)
    .map(([key, value]) => ` ${key}=${quote}${value}${quote}`)
    .join('');
  return `<${name}${text}/>`;
}

/** Removes an element's whole lines when it sits alone on them, otherwise just its text. */
export function removeElementFix(doc: TextDocument, element: LvElement, title: string, isPreferred = false): Fix {
  const { start, end } = element.range;
  const before = doc.getText({ start: { line: start.line, character: 0 }, end: start });
  const after = doc.getText({ start: end, end: { line: end.line + 1, character: 0 } });
  if (before.trim() === '' && after.trim() === '' && end.line + 1 < doc.lineCount) {
    return replaceFix(title, { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, '', isPreferred);
  }
  return replaceFix(title, element.range, '', isPreferred);
}
