import type { CompletionItem, Range } from 'vscode-languageserver-types';

/**
 * What a completion item costs on the wire. A key completion is a few hundred items that all
 * replace the same typed word; each carried that range in its textEdit and a filterText equal to its
 * label (about 340 bytes an item, 79 KB for the 231 sysctl keys under `net.`). An editor that takes
 * a list-wide edit range (LSP 3.17 itemDefaults.editRange; VS Code does) gets it once, and a
 * filterText equal to the label is left out (the label is the default): the same completions.
 */

/** The range every item's textEdit replaces, when they all replace the same one. */
export function sharedEditRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (items.length < 2 || !first || !('range' in first)) return undefined;
  const { start, end } = first.range;
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit || !('range' in edit) || item.insertText !== undefined) return undefined;
    const r = edit.range;
    if (r.start.line !== start.line || r.start.character !== start.character || r.end.line !== end.line || r.end.character !== end.character) return undefined;
  }
  return first.range;
}

/**
 * The item as sent: without its documentation (resolved later, see completionDocs.ts), without what
 * the defaults give, and with `data` when given. The item itself when nothing changes; otherwise one
 * copy by loop (the items may be a language's own, kept between requests; Node's rest-destructuring
 * was several times slower on lists of hundreds of items).
 */
export function wireItem(item: CompletionItem, rangeIsDefault: boolean, data?: unknown, dataIsDefault = false): CompletionItem {
  // An item's own data would hide the list's default from the client.
  if (item.documentation === undefined && !rangeIsDefault && item.filterText !== item.label && !(dataIsDefault && item.data !== undefined)) return item;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    if (key === 'documentation' || (key === 'filterText' && item.filterText === item.label) || (key === 'data' && dataIsDefault)) continue;
    if (key === 'textEdit' && rangeIsDefault) {
      const newText = item.textEdit!.newText;
      if (newText !== item.label) copy.textEditText = newText;
      continue;
    }
    copy[key] = item[key as keyof CompletionItem];
  }
  if (data !== undefined) copy.data = data;
  return copy as unknown as CompletionItem;
}
