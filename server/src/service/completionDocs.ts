import { MarkupKind, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver-types';
import { sharedEditRange, wireItem } from './completionWire';

/**
 * Markdown documentation written the first time it is read (on resolve, or by a hover of the same
 * key), then kept: a completion list of a whole key table only needs to know that an item has
 * documentation, and writing it for every key made the first list of a session cost ~10 ms.
 * The value is an own enumerable property, so the object reads and serialises like a plain one.
 */
export function lazyMarkdown(write: () => string): MarkupContent {
  let written: string | undefined;
  return {
    kind: MarkupKind.Markdown,
    get value(): string {
      written ??= write();
      return written;
    },
  };
}

/**
 * Completion lists go out without their items' documentation, which the editor asks for
 * (completionItem/resolve) only for the item it shows: a list of a few hundred sysctl keys is about
 * 150 KB of Markdown, and turning that into JSON on every keystroke cost more than computing it.
 * Only the latest list is kept; an item from an older list resolves to itself.
 */
export class CompletionDocs {
  private latest = { id: 0, items: [] as readonly CompletionItem[] };

  /**
   * The answer as sent: items without documentation, each documented one naming its list and place;
   * with `editRangeDefault` (the client takes LSP 3.17 itemDefaults.editRange) a shared range goes
   * once, in a CompletionList.
   */
  send(items: readonly CompletionItem[], editRangeDefault = false): CompletionItem[] | CompletionList {
    this.latest = { id: this.latest.id + 1, items };
    const id = this.latest.id;
    const range = editRangeDefault ? sharedEditRange(items) : undefined;
    const sent = items.map((item, index) => wireItem(item, range !== undefined, item.documentation === undefined ? undefined : { kvmtuneCompletion: id, index }));
    return range ? { isIncomplete: false, itemDefaults: { editRange: range }, items: sent } : sent;
  }

  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { kvmtuneCompletion?: unknown; index?: unknown } | undefined;
    if (!data || data.kvmtuneCompletion !== this.latest.id || typeof data.index !== 'number') return item;
    const original = this.latest.items[data.index];
    if (!original || original.label !== item.label) return item;
    const { data: _data, ...rest } = item;
    return { ...rest, documentation: original.documentation };
  }
}
