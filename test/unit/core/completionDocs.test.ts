import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionDocs } from '../../../server/src/service/completionDocs';

describe('completion lists sent without documentation', () => {
  it('sends each item as it was, in its key order, without documentation and naming its place', () => {
    const items: CompletionItem[] = [
      { label: 'a', kind: 10, documentation: 'doc a', detail: 'd', textEdit: { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'a' } },
      { label: 'b' },
      { label: 'c', data: 'old', documentation: { kind: 'markdown', value: 'doc c' }, sortText: '0' },
    ];
    const docs = new CompletionDocs();
    const sent = docs.send(items) as CompletionItem[];
    assert.equal(JSON.stringify(sent), JSON.stringify(items.map((item, index) => {
      if (item.documentation === undefined) return item;
      const { documentation: _documentation, ...rest } = item;
      return { ...rest, data: { kvmtuneCompletion: 1, index } };
    })));
    assert.equal(sent[1], items[1]);
    assert.deepEqual(docs.resolve(sent[2]), { label: 'c', sortText: '0', documentation: { kind: 'markdown', value: 'doc c' } });
  });

  it('for a client that takes itemDefaults.data: the list is named once, an item with a label of its own carries nothing and resolves by it', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const items: CompletionItem[] = [
      { label: 'a', documentation: 'doc a', textEdit: { range, newText: 'a' } },
      { label: 'b', data: 'own', textEdit: { range, newText: 'b' } },
      { label: 'c', documentation: 'doc c first', textEdit: { range, newText: 'c' } },
      { label: 'c', documentation: 'doc c second', textEdit: { range, newText: 'c2' } },
    ];
    const docs = new CompletionDocs();
    docs.send([{ label: 'old' }]);
    const list = docs.send(items, { editRange: true, data: true });
    assert.ok(!Array.isArray(list));
    assert.deepEqual(list.itemDefaults, { editRange: range, data: { kvmtuneCompletion: 2 } });
    // The shared label keeps its place; the rest get the default (VS Code applies it: item.data ?? defaults.data).
    assert.deepEqual(list.items, [{ label: 'a' }, { label: 'b' }, { label: 'c', data: { kvmtuneCompletion: 2, index: 2 } }, { label: 'c', textEditText: 'c2', data: { kvmtuneCompletion: 2, index: 3 } }]);
    const withDefault = (item: CompletionItem) => ({ ...item, data: item.data ?? list.itemDefaults!.data });
    assert.deepEqual(list.items.map((item) => docs.resolve(withDefault(item)).documentation), ['doc a', undefined, 'doc c first', 'doc c second']);
    // An item of an older list, or one the list does not have, comes back as it was.
    const stranger = { label: 'z', data: { kvmtuneCompletion: 2 } };
    assert.equal(docs.resolve(stranger), stranger);
    assert.equal(docs.resolve(withDefault(list.items[0])).data, undefined);
    docs.send(items, { editRange: true, data: true });
    const stale = withDefault(list.items[0]);
    assert.equal(docs.resolve(stale), stale);
  });
});
