import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const URI = 'file:///etc/sysctl.d/90-protocol-test.conf';
const TEXT = [
  '# protocol test',
  'net.ipv4.tcp_tw_recycle = 1',
  'net.ipv4.tcp_rmem = "4096 87380 4136960"',
  'net.core.netdev_max_backlog = 25000',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${String(d.code)}`);
}

describe('language server over stdio (sysctl)', () => {
  const client = new LspTestClient();

  before(async () => {
    await client.initialize();
    await client.open(URI, 'sysctl', TEXT);
  });
  after(() => client.dispose());

  it('publishes diagnostics with rule codes, doc links and exact ranges on didOpen', async () => {
    const diagnostics = await client.diagnostics(URI);
    assert.deepEqual(codes(diagnostics), ['1:0-23 sysctl-removed-key', '2:20-40 sysctl-quoted-value']);
    const removed = diagnostics[0];
    assert.equal(removed.source, 'kvmtune');
    assert.equal(removed.severity, 1);
    assert.match(removed.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/sysctl-removed-key\.md$/);
  });

  it('offers the preferred "Remove quotes" fix, a disable comment and the doc link', async () => {
    const diagnostics = await client.diagnostics(URI);
    const quoted = diagnostics.find((d) => d.code === 'sysctl-quoted-value');
    assert.ok(quoted);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: quoted.range,
      context: { diagnostics: [quoted], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Remove quotes', 'Disable sysctl-quoted-value for this line', 'Show documentation for sysctl-quoted-value'],
    );
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit?.changes?.[URI], [
      { range: { start: { line: 2, character: 20 }, end: { line: 2, character: 40 } }, newText: '4096 87380 4136960' },
    ]);
    assert.deepEqual(actions[1].edit?.changes?.[URI], [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '# kvmtune-disable-next-line sysctl-quoted-value\n' },
    ]);
    assert.deepEqual(actions[2].command?.arguments, ['sysctl-quoted-value']);
  });

  it('returns the fix-all source action with every preferred edit', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.kvmtune'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.kvmtune');
    const edits = actions[0].edit?.changes?.[URI] ?? [];
    assert.ok(edits.some((e) => e.newText === '4096 87380 4136960'), JSON.stringify(edits));
  });

  it('answers hover on a key with its documentation', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: { line: 3, character: 12 },
    });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /net\.core\.netdev_max_backlog/);
    assert.match(markdown, /25000/);
  });

  it('completes keys', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: { line: 4, character: 0 },
    });
    const items = (Array.isArray(result) ? result : (result?.items ?? [])) as CompletionItem[];
    assert.ok(items.some((i) => i.label === 'net.ipv4.tcp_wmem'), `${items.length} items`);
  });

  it('lists document symbols per assignment', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['net.ipv4.tcp_tw_recycle', 'net.ipv4.tcp_rmem', 'net.core.netdev_max_backlog']);
  });

  it('revalidates after didChange and drops the fixed problem', async () => {
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 20 }, end: { line: 2, character: 40 } }, text: '4096 87380 4136960' }],
    });
    const diagnostics = await client.diagnostics(URI, (_d, p) => p.version === 2);
    assert.deepEqual(codes(diagnostics), ['1:0-23 sysctl-removed-key']);
  });

  it('applies a kvmtune.rules change without a restart', async () => {
    await client.changeSettings({ rules: { 'sysctl-removed-key': 'off' } });
    const off = await client.diagnostics(URI, (d) => !d.some((x) => x.code === 'sysctl-removed-key'));
    assert.deepEqual(codes(off), []);
    await client.changeSettings({ rules: { 'sysctl-removed-key': 'hint' } });
    const hinted = await client.diagnostics(URI, (d) => d.some((x) => x.code === 'sysctl-removed-key'));
    assert.equal(hinted[0].severity, 4);
    await client.changeSettings({});
  });

  it('survives hostile input and keeps answering', async () => {
    const hostile = 'file:///etc/sysctl.d/99-hostile.conf';
    const junk = ['\u0000\uffff=\u202e', '='.repeat(5000), 'a'.repeat(100_000) + ' = ' + '9'.repeat(400), '-', '-=', '= = =', 'net..ipv4//x = "'].join('\r\n');
    await client.open(hostile, 'sysctl', junk);
    const diagnostics = await client.diagnostics(hostile);
    assert.deepEqual(codes(diagnostics), [
      '1:0-5000 sysctl-missing-key',
      '3:0-1 sysctl-missing-equals',
      '4:0-2 sysctl-missing-key',
      '5:0-5 sysctl-missing-key',
      '6:0-12 sysctl-repeated-separator',
      '6:0-12 sysctl-unknown-key',
      '6:15-16 sysctl-quoted-value',
    ]);
    assert.ok(diagnostics.every((d) => d.message.length < 300), 'messages stay short on huge lines');
    assert.ok(client.alive());
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: hostile } })) as { name: string }[];
    assert.ok(symbols.every((s) => s.name.trim() !== ''), 'no symbol with an empty name');
    const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: hostile }, position: { line: 6, character: 5 } });
    assert.ok(completion !== null);
  });
});
