import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { keyMarkdown, optionMarkdown } from './keyDocs';
import { IFCFG_KEYS, QETH_OPTIONS, lookupKey, lookupOption, type IfcfgKeyInfo, type QethOptionInfo } from './keyTable';
import type { IfcfgFile } from './parser';

export function computeCompletions(doc: TextDocument, _parsed: IfcfgFile, position: Position, _settings: Settings): CompletionItem[] {
  const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const before = lineText.slice(0, position.character);
  if (before.trimStart().startsWith('#')) return [];
  const key = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)=/.exec(before);
  if (!key) {
    const start = before.length - before.trimStart().length;
    if (!/^[A-Za-z0-9_]*$/.test(before.slice(start))) return [];
    return keyCompletions({ start: { line: position.line, character: start }, end: position });
  }
  const valueStart = key[0].length;
  if (key[1] === 'OPTIONS') return optionCompletions(before, valueStart, position);
  const info = lookupKey(key[1]);
  if (!info) return [];
  const quote = /^["']/.test(before.slice(valueStart)) ? 1 : 0;
  const range = { start: { line: position.line, character: valueStart + quote }, end: position };
  return valueItems(info).map((item, i) => ({ ...item, textEdit: { range, newText: item.label }, sortText: String(i).padStart(3, '0') }));
}

/** The table is fixed, so each entry's documentation is written once, not on every completion request. */
const keyDocs = new WeakMap<IfcfgKeyInfo, string>();
const optionDocs = new WeakMap<QethOptionInfo, string>();

function once<T extends object>(cache: WeakMap<T, string>, entry: T, write: (entry: T) => string): string {
  let text = cache.get(entry);
  if (text === undefined) cache.set(entry, (text = write(entry)));
  return text;
}

function keyCompletions(range: Range): CompletionItem[] {
  return IFCFG_KEYS.filter((info) => !info.prefix).map((info) => {
    const installer = info.readers.length === 1 && info.readers[0] === 'installer';
    const item: CompletionItem = {
      label: info.name,
      kind: CompletionItemKind.Property,
      detail: info.paper ? `IBM paper: ${info.paper.value}` : info.summary.slice(0, 80),
      documentation: { kind: MarkupKind.Markdown, value: once(keyDocs, info, (i) => keyMarkdown(i)) },
      textEdit: { range, newText: `${info.name}${info.numbered ? '' : '='}` },
      filterText: info.name,
      sortText: `${installer ? '3' : info.paper ? '0' : info.s390 || info.readers.includes('initscripts') ? '1' : '2'}${info.name}`,
    };
    if (installer) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
}

function valueItems(info: IfcfgKeyInfo): CompletionItem[] {
  const items: CompletionItem[] = [];
  const add = (label: string, detail: string) => {
    if (!items.some((i) => i.label === label)) items.push({ label, kind: CompletionItemKind.Value, detail });
  };
  if (info.paper) add(info.paper.value, 'IBM paper value');
  if (info.type === 'bool') ['yes', 'no'].forEach((v) => add(v, info.name));
  for (const [value, meaning] of Object.entries(info.values ?? {})) add(value, meaning);
  for (const value of info.suggest ?? []) add(value, info.name);
  if (info.default && /^[\w.-]+$/.test(info.default)) add(info.default, 'default');
  return items;
}

function optionCompletions(before: string, valueStart: number, position: Position): CompletionItem[] {
  const tokenStart = Math.max(valueStart, before.search(/[^ \t"']*$/));
  const token = before.slice(tokenStart);
  const equals = token.indexOf('=');
  if (equals >= 0) {
    const info = lookupOption(token.slice(0, equals));
    const range = { start: { line: position.line, character: tokenStart + equals + 1 }, end: position };
    const values = [...(info?.paper ? [info.paper.value] : []), ...(info?.enum ?? [])];
    return [...new Set(values)].map((value, i) => ({ label: value, kind: CompletionItemKind.Value, detail: info?.paper?.value === value ? 'IBM paper value' : info?.name, textEdit: { range, newText: value }, sortText: String(i).padStart(3, '0') }));
  }
  const range = { start: { line: position.line, character: tokenStart }, end: position };
  return QETH_OPTIONS.map((info) => {
    const item: CompletionItem = {
      label: info.name,
      kind: CompletionItemKind.Field,
      detail: info.paper ? `IBM paper: ${info.paper.value}` : info.valuesText,
      documentation: { kind: MarkupKind.Markdown, value: once(optionDocs, info, optionMarkdown) },
      textEdit: { range, newText: `${info.name}=` },
      sortText: `${!info.networkManager || info.status !== 'current' ? '2' : info.paper ? '0' : '1'}${info.name}`,
    };
    if (info.status !== 'current' || !info.networkManager) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
}
