import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../../server/src/languages';
import { createLanguageService, RESULTS_KEPT } from '../../../server/src/service/languageService';
import { RecentMap } from '../../../server/src/service/recent';
import { DEFAULT_SETTINGS } from '../../../server/src/service/types';

describe('RecentMap', () => {
  it('keeps the most recently set or read entries and drops the oldest', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    assert.equal(map.get('a'), 1);
    map.set('c', 3);
    assert.deepEqual([map.get('a'), map.get('b'), map.get('c'), map.size], [1, undefined, 3, 2]);
    map.delete('a');
    assert.deepEqual([map.get('a'), map.size], [undefined, 1]);
  });
});

describe('per-document results beyond the ones kept', () => {
  it('a document whose diagnostics were dropped still gets its quick fix, computed from its text', () => {
    const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `file:///docs/${id}.md` });
    const docs = Array.from({ length: RESULTS_KEPT + 4 }, (_, i) =>
      TextDocument.create(`file:///etc/sysctl.d/${i}.conf`, 'sysctl', 1, `# file ${i}\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\n`),
    );
    const published = docs.map((doc) => service.validate(doc, DEFAULT_SETTINGS));
    const first = published[0].find((d) => d.code === 'sysctl-quoted-value');
    assert.ok(first, JSON.stringify(published[0]));
    const actions = service.codeActions(docs[0], first.range, [first], DEFAULT_SETTINGS, ['quickfix']);
    const fix = actions.find((a) => a.title === 'Remove quotes');
    assert.deepEqual(fix?.edit?.changes?.[docs[0].uri], [
      { range: { start: { line: 1, character: 20 }, end: { line: 1, character: 40 } }, newText: '4096 87380 4136960' },
    ]);
    assert.deepEqual(service.validate(docs[0], DEFAULT_SETTINGS), published[0]);
  });
});
