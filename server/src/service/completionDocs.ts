import type { CompletionItem } from 'vscode-languageserver-types';

/**
 * Completion lists go out without their items' documentation, which the editor asks for
 * (completionItem/resolve) only for the item it shows: a list of a few hundred sysctl keys is about
 * 150 KB of Markdown, and turning that into JSON on every keystroke cost more than computing it.
 * Only the latest list is kept; an item from an older list resolves to itself.
 */
export class CompletionDocs {
  private latest = { id: 0, items: [] as readonly CompletionItem[] };

  /** The items as sent: no documentation, each naming its list and place. */
  send(items: readonly CompletionItem[]): CompletionItem[] {
    this.latest = { id: this.latest.id + 1, items };
    const id = this.latest.id;
    return items.map((item, index) => {
      if (item.documentation === undefined) return item;
      const { documentation: _documentation, ...rest } = item;
      return { ...rest, data: { kvmtuneCompletion: id, index } };
    });
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
