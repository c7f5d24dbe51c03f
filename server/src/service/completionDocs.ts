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
      const sent = withoutDocumentation(item);
      sent.data = { kvmtuneCompletion: id, index };
      return sent;
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

/**
 * The item's own properties but its documentation, in their order: a copy by loop, as Node's
 * rest-destructuring was several times slower on lists of hundreds of items.
 */
function withoutDocumentation(item: CompletionItem): CompletionItem {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(item)) if (key !== 'documentation') copy[key] = item[key as keyof CompletionItem];
  return copy as unknown as CompletionItem;
}
