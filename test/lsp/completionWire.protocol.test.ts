import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionRequest, CompletionResolveRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { resolveDocumentLanguage } from '../../server/src/languages';
import { ruleDocUrl } from '../../server/src/ruleDocs';
import { createLanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/types';
import { LspTestClient, VS_CODE_COMPLETION } from './lspClient';

const TEXT = 'net.core.rmem_max = 4136960\nnet.ipv4.tcp_\n';
const AT = { line: 1, character: 13 };
const URI = 'file:///etc/sysctl.d/90-wire.conf';
const expected = () => createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl }).complete(TextDocument.create(URI, 'sysctl', 1, TEXT), AT, DEFAULT_SETTINGS);

async function started(client: LspTestClient): Promise<void> {
  await client.open(URI, 'sysctl', TEXT);
  await client.diagnostics(URI);
}

describe('completion answers over the protocol carry what the client cannot default', () => {
  const vscode = new LspTestClient();
  const plain = new LspTestClient();
  before(async () => {
    await vscode.initialize([], VS_CODE_COMPLETION);
    await plain.initialize();
    await Promise.all([started(vscode), started(plain)]);
  });
  after(() => Promise.all([vscode.dispose(), plain.dispose()]));

  it('a client with itemDefaults gets the shared range and the list\'s name once, and items without textEdit, data or a filterText equal to the label', async () => {
    const list = (await vscode.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: AT })) as CompletionList;
    const want = expected();
    assert.ok(want.length > 1 && want.every((i) => i.filterText === i.label && i.textEdit && 'range' in i.textEdit && i.textEdit.newText === i.label));
    const { editRange, data } = list.itemDefaults ?? {};
    assert.deepEqual(editRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 13 } });
    assert.deepEqual(Object.keys(data as object), ['kvmtuneCompletion']);
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(list.items.map((i) => [i.label, i.sortText, i.kind, i.detail]), want.map((i) => [i.label, i.sortText, i.kind, i.detail]));
    assert.deepEqual(list.items.filter((i) => i.textEdit !== undefined || i.filterText !== undefined || i.textEditText !== undefined || i.data !== undefined), []);
    // VS Code sends the item back with the range and the data it took from the defaults.
    const sack = list.items.findIndex((i) => i.label === 'net.ipv4.tcp_sack');
    const resolved = await vscode.connection.sendRequest(CompletionResolveRequest.type, { ...list.items[sack], textEdit: want[sack].textEdit, data });
    assert.deepEqual([resolved.documentation, resolved.textEdit], [want[sack].documentation, want[sack].textEdit]);
  });

  it('a client without it gets every item with its textEdit, the filterText equal to the label left out', async () => {
    const items = (await plain.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: AT })) as CompletionItem[];
    const want = expected();
    assert.ok(Array.isArray(items));
    assert.deepEqual(items.map((i) => [i.label, i.textEdit, i.filterText]), want.map((i) => [i.label, i.textEdit, undefined]));
  });
});
