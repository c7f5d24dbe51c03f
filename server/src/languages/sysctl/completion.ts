import {
  CompletionItemKind,
  CompletionItemTag,
  type CompletionItem,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lazyMarkdown } from '../../service/completionDocs';
import type { Settings } from '../../service/types';
import { kernelRangeText } from './kernelDocs';
import { kernelKeyNames, verifiedKernelKey } from './kernelKeys';
import { keyMarkdown } from './keyDocs';
import { valueCompletions as tableValueCompletions } from '../../formats/table';
import { IFACE_PLACEHOLDER, SYSCTL_KEYS, lookupKeyName, type SysctlKeyInfo } from './keyTable';
import type { SysctlFile } from './parser';

/** Interface names offered for per-interface keys; any other name is accepted as well. */
const SUGGESTED_INTERFACES = ['all', 'default'];

export function computeCompletions(doc: TextDocument, _parsed: SysctlFile, position: Position, _settings: Settings): CompletionItem[] {
  const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const before = lineText.slice(0, position.character);
  const trimmed = before.trimStart();
  if (trimmed.startsWith('#') || trimmed.startsWith(';')) return [];
  const equals = before.indexOf('=');
  if (equals >= 0) return valueCompletions(lineText, before.slice(0, equals), equals, position);
  const keyStart = before.length - trimmed.length + (trimmed.startsWith('-') ? 1 : 0);
  return keyCompletions(before.slice(keyStart), { start: { line: position.line, character: keyStart }, end: position });
}

/** Table keys with `<iface>` spelled out as `all` and `default`. */
function completionKeys(): { key: string; info: SysctlKeyInfo }[] {
  return SYSCTL_KEYS.filter((info) => !info.vendorOnly).flatMap((info) =>
    info.key.includes(IFACE_PLACEHOLDER)
      ? SUGGESTED_INTERFACES.map((iface) => ({ key: info.key.replace(IFACE_PLACEHOLDER, iface), info }))
      : [{ key: info.key, info }],
  );
}

/** `net.ipv4.tc` keeps keys under `net.ipv4.` whose next segment contains `tc`. */
export function matchesTypedKey(key: string, typed: string): boolean {
  return typedKeyMatcher(typed)(key);
}

/** The test of matchesTypedKey with the typed text split once, for filtering a whole table. */
export function typedKeyMatcher(typed: string): (key: string) => boolean {
  const typedSegments = typed.replace(/\//g, '.').split('.');
  const partial = typedSegments.pop() ?? '';
  const prefix = typedSegments.length > 0 ? `${typedSegments.join('.')}.` : '';
  // indexOf from the prefix's end looks in the same text as slicing it off, without a copy per key.
  return (key) => key.startsWith(prefix) && key.length > prefix.length && key.indexOf(partial, prefix.length) !== -1;
}

/** `neigh` has no `all` entry, only `default` and the interfaces. */
function interfacesFor(name: string): string[] {
  return name.includes('.neigh.') ? ['default'] : SUGGESTED_INTERFACES;
}

/** A key's completion item without its range: built once per process, the tables do not change. */
type KeyItem = Omit<CompletionItem, 'textEdit'> & { label: string };

let tableItems: KeyItem[] | undefined;
let kernelOnlyItems: KeyItem[] | undefined;
let allItems: KeyItem[] | undefined;

function tableKeyItems(): KeyItem[] {
  tableItems ??= completionKeys().map(({ key, info }) => {
    const gone = info.removedIn !== undefined || info.noOpSince !== undefined;
    const item: KeyItem = {
      label: key,
      kind: CompletionItemKind.Property,
      detail: info.paper ? `IBM paper: ${info.paper.value}` : info.default !== undefined ? `default ${info.default}` : undefined,
      documentation: lazyMarkdown(() => keyMarkdown(info, key)),
      filterText: key,
      sortText: `${gone ? '2' : info.paper ? '0' : '1'}${key}`,
    };
    if (gone) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
  return tableItems;
}

/** Keys of the kernel section keys.json has no entry for, documented by how the kernel checks them. */
function kernelKeyItems(): KeyItem[] {
  if (kernelOnlyItems) return kernelOnlyItems;
  const described = new Set(SYSCTL_KEYS.map((info) => info.key));
  kernelOnlyItems = kernelKeyNames()
    .filter((name) => !described.has(name))
    .flatMap((name) => (name.includes(IFACE_PLACEHOLDER) ? interfacesFor(name).map((iface) => ({ key: name.replace(IFACE_PLACEHOLDER, iface), name })) : [{ key: name, name }]))
    .map(({ key, name }) => {
      const kernel = verifiedKernelKey(name)!;
      return {
        label: key,
        kind: CompletionItemKind.Property,
        detail: kernel.default !== undefined ? `default ${kernel.default}` : undefined,
        documentation: lazyMarkdown(() => {
          const range_ = kernelRangeText(kernel);
          return `**${key}** — a kernel sysctl kvmtune has no description of.${range_ ? `\n\n- Range: ${range_}` : ''}`;
        }),
        filterText: key,
        sortText: `3${key}`,
      };
    });
  return kernelOnlyItems;
}

function keyCompletions(typed: string, range: Range): CompletionItem[] {
  const matches = typedKeyMatcher(typed);
  allItems ??= [...tableKeyItems(), ...kernelKeyItems()];
  const items: CompletionItem[] = [];
  for (const item of allItems) if (matches(item.label)) items.push(withTextEdit(item, { range, newText: item.label }));
  return items;
}

/** `{ ...item, textEdit }` by loop: Node's object spread was several times slower on a list of hundreds of keys. */
function withTextEdit(item: KeyItem, textEdit: TextEdit): CompletionItem {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(item)) copy[key] = item[key as keyof KeyItem];
  copy.textEdit = textEdit;
  return copy as unknown as CompletionItem;
}

function valueCompletions(lineText: string, keyText: string, equals: number, position: Position): CompletionItem[] {
  const info = lookupKeyName(keyText.trim().replace(/^-/, '').trim().replace(/^\/+/, '').replace(/\//g, '.'));
  if (!info) return [];
  const valueStart = equals + 1 + (lineText.slice(equals + 1).length - lineText.slice(equals + 1).trimStart().length);
  const start = Math.min(valueStart, position.character);
  const range = { start: { line: position.line, character: start }, end: { line: position.line, character: Math.max(start, lineText.trimEnd().length) } };
  const entry = { name: info.key, type: info.type, summary: info.summary, paper: info.paper, default: info.default, defaultNote: info.defaultNote, values: info.values };
  return tableValueCompletions(entry, { range, defaultDetail: 'kernel default' });
}
