import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionRequest, CompletionResolveRequest, type CompletionItem } from 'vscode-languageserver-protocol/node';
import { resolveDocumentLanguage } from '../../server/src/languages';
import { ruleDocUrl } from '../../server/src/ruleDocs';
import { createLanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/types';
import { LspTestClient } from './lspClient';

const TEXT = 'net.core.rmem_max = 4136960\nnet.ipv4.tcp_\n';
const AT = { line: 1, character: 13 };

describe('completion documentation on resolve, over the protocol', () => {
  const client = new LspTestClient();
  const uri = 'file:///etc/sysctl.d/90-resolve.conf';
  before(async () => {
    await client.initialize();
    await client.open(uri, 'sysctl', TEXT);
    await client.diagnostics(uri);
  });
  after(() => client.dispose());

  const complete = async () => (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: AT })) as CompletionItem[];

  it('sends the list without documentation and gives each item the documentation the service wrote for it', async () => {
    const expected = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl }).complete(TextDocument.create(uri, 'sysctl', 1, TEXT), AT, DEFAULT_SETTINGS);
    const items = await complete();
    assert.deepEqual(items.map((i) => i.label), expected.map((i) => i.label));
    assert.equal(items.filter((i) => i.documentation !== undefined).length, 0);
    const sack = items.findIndex((i) => i.label === 'net.ipv4.tcp_sack');
    assert.ok(sack >= 0 && expected[sack].documentation !== undefined);
    const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, items[sack]);
    assert.deepEqual(resolved.documentation, expected[sack].documentation);
    assert.equal(resolved.data, undefined);
    assert.deepEqual(resolved.textEdit, expected[sack].textEdit);
  });

  it('an item from an older list resolves to itself', async () => {
    const old = (await complete()).find((i) => i.label === 'net.ipv4.tcp_sack');
    await complete();
    assert.ok(old);
    assert.deepEqual(await client.connection.sendRequest(CompletionResolveRequest.type, old), old);
  });
});
