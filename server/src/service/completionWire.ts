import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';

/**
 * The completion answer as it goes over the wire. A key completion is a few hundred items that all
 * replace the same typed word; each carried that range in its textEdit and a filterText equal to its
 * label (about 340 bytes an item, 79 KB for the 231 sysctl keys under `net.`). An editor that takes
 * a list-wide edit range (LSP 3.17 itemDefaults.editRange; VS Code does) gets it once, and a
 * filterText equal to the label is left out (the label is the default): the same completions.
 */
export function completionAnswer(items: readonly CompletionItem[], editRangeDefault: boolean): CompletionItem[] | CompletionList {
  const range = editRangeDefault && items.length > 1 ? sharedEditRange(items) : undefined;
  const sent = new Array<CompletionItem>(items.length);
  for (let i = 0; i < items.length; i += 1) sent[i] = compact(items[i], range !== undefined);
  return range ? { isIncomplete: false, itemDefaults: { editRange: range }, items: sent } : sent;
}

/** The range every item's textEdit replaces, when they all replace the same one. */
function sharedEditRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0].textEdit;
  if (!first || !('range' in first)) return undefined;
  const { start, end } = first.range;
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit || !('range' in edit) || item.insertText !== undefined) return undefined;
    const r = edit.range;
    if (r.start.line !== start.line || r.start.character !== start.character || r.end.line !== end.line || r.end.character !== end.character) return undefined;
  }
  return first.range;
}

/** A copy by loop (the items may be a language's own, kept between requests), without what defaults give. */
function compact(item: CompletionItem, rangeIsDefault: boolean): CompletionItem {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    if (key === 'filterText' && item.filterText === item.label) continue;
    if (key === 'textEdit' && rangeIsDefault) {
      const newText = item.textEdit!.newText;
      if (newText !== item.label) copy.textEditText = newText;
      continue;
    }
    copy[key] = item[key as keyof CompletionItem];
  }
  return copy as unknown as CompletionItem;
}
