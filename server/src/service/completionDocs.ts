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

/** What the client takes as list-wide defaults (LSP 3.17 CompletionList.itemDefaults). */
export interface ClientDefaults {
  editRange: boolean;
  data: boolean;
}

const NO_DEFAULTS: ClientDefaults = { editRange: false, data: false };

/**
 * Completion lists go out without their items' documentation, which the editor asks for
 * (completionItem/resolve) only for the item it shows: a list of a few hundred sysctl keys is about
 * 150 KB of Markdown, and turning that into JSON on every keystroke cost more than computing it.
 * Only the latest list is kept; an item from an older list resolves to itself.
 */
export class CompletionDocs {
  private latest: { id: number; items: readonly CompletionItem[]; repeated?: Set<string>; byLabel?: Map<string, number> } = { id: 0, items: [] };

  /**
   * The answer as sent: items without documentation, each documented one naming its list and place.
   * A client that takes list-wide defaults gets the shared edit range once, and the list's name once
   * (itemDefaults.data): an item whose label is its own in the list is found again by it, and only
   * an item sharing its label carries its place (a 231-key list was a fifth `data`).
   */
  send(items: readonly CompletionItem[], defaults: ClientDefaults = NO_DEFAULTS): CompletionItem[] | CompletionList {
    const repeated = defaults.data ? repeatedLabels(items) : undefined;
    this.latest = { id: this.latest.id + 1, items, repeated };
    const id = this.latest.id;
    const range = defaults.editRange ? sharedEditRange(items) : undefined;
    const dataOf = (item: CompletionItem, index: number) => {
      if (item.documentation === undefined) return undefined;
      return repeated && !repeated.has(item.label) ? undefined : { kvmtuneCompletion: id, index };
    };
    const sent = items.map((item, index) => wireItem(item, range !== undefined, dataOf(item, index), repeated !== undefined));
    if (!range && !repeated) return sent;
    const itemDefaults: CompletionList['itemDefaults'] = {};
    if (range) itemDefaults.editRange = range;
    if (repeated) itemDefaults.data = { kvmtuneCompletion: id };
    return { isIncomplete: false, itemDefaults, items: sent };
  }

  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { kvmtuneCompletion?: unknown; index?: unknown } | undefined;
    if (!data || data.kvmtuneCompletion !== this.latest.id) return item;
    const index = typeof data.index === 'number' ? data.index : this.indexOfLabel(item.label);
    const original = index === undefined ? undefined : this.latest.items[index];
    if (!original || original.label !== item.label || original.documentation === undefined) return item;
    const { data: _data, ...rest } = item;
    return { ...rest, documentation: original.documentation };
  }

  /** The place of the one item of the latest list with this label (a repeated label has none). */
  private indexOfLabel(label: string): number | undefined {
    if (!this.latest.byLabel) {
      const byLabel = new Map<string, number>();
      const repeated = this.latest.repeated ?? repeatedLabels(this.latest.items);
      this.latest.items.forEach((item, index) => {
        if (!repeated.has(item.label)) byLabel.set(item.label, index);
      });
      this.latest.byLabel = byLabel;
    }
    return this.latest.byLabel.get(label);
  }
}

function repeatedLabels(items: readonly CompletionItem[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = 0; i < items.length; i += 1) {
    const { label } = items[i];
    if (seen.has(label)) repeated.add(label);
    else seen.add(label);
  }
  return repeated;
}
