import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import { tunedSupport } from '../../../server/src/languages/tuned/support';
import { keyMarkdown } from '../../../server/src/languages/sysctl/keyDocs';
import { lookupKeyName } from '../../../server/src/languages/sysctl/keyTable';
import { settingsWith, tunedDoc } from './lint';

describe('tuned [sysctl] name completion from the once-built key entries', () => {
  it('gives each request its own ranges and the documentation the key table gives', () => {
    const doc = tunedDoc('[sysctl]\nnet.core.rm\n  net.core.wm\n');
    const parsed = tunedSupport.parse(doc);
    const first = tunedSupport.complete(doc, parsed, { line: 1, character: 11 }, settingsWith());
    const second = tunedSupport.complete(doc, parsed, { line: 2, character: 13 }, settingsWith());
    const rmem = first.find((c) => c.label === 'net.core.rmem_max')!;
    const info = lookupKeyName('net.core.rmem_max')!;
    assert.deepEqual(rmem, {
      label: 'net.core.rmem_max',
      kind: CompletionItemKind.Property,
      textEdit: { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } }, newText: 'net.core.rmem_max=' },
      filterText: 'net.core.rmem_max',
      documentation: { kind: MarkupKind.Markdown, value: keyMarkdown(info) },
      detail: info.paper ? `IBM paper: ${info.paper.value}` : undefined,
      sortText: `${info.paper ? '0' : '1'}net.core.rmem_max`,
    });
    assert.ok(first.every((c) => c.label.startsWith('net.core.') && c.label.slice(9).includes('rm')));
    assert.ok(second.some((c) => c.label === 'net.core.wmem_max') && second.every((c) => c.label.slice(9).includes('wm')));
    assert.deepEqual(second[0].textEdit, { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 13 } }, newText: `${second[0].label}=` });
  });

  it('matches a key typed out in full and nothing for text longer than every key', () => {
    const full = 'net.ipv4.tcp_congestion_control';
    const doc = tunedDoc(`[sysctl]\n${full}\nnet.${'x'.repeat(300)}\n`);
    const parsed = tunedSupport.parse(doc);
    assert.deepEqual(tunedSupport.complete(doc, parsed, { line: 1, character: full.length }, settingsWith()).map((c) => c.label), [full]);
    assert.deepEqual(tunedSupport.complete(doc, parsed, { line: 2, character: 304 }, settingsWith()), []);
  });
});
