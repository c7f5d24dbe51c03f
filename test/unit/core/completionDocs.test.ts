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
});
