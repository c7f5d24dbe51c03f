import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const HOST = join(__dirname, '..', 'fixtures', 'tuned', 'workspace', 'kvm-host', 'tuned.conf');
const URI = pathToFileURL(HOST).toString();
const TEXT = [
  '[main]',
  'include=site-base, network-throughput',
  '',
  '[sysctl]',
  'kvm.halt_poll_ns=80000',
  "net.ipv4.tcp_wmem='4096 16384 4136960'",
  '',
  '[net]',
  'enabled=yes',
  'txqueuelen=2500',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${String(d.code)} ${d.severity}`);
}

describe('language server over stdio (tuned)', () => {
  const client = new LspTestClient();

  before(async () => {
    await client.initialize();
    await client.open(URI, 'tuned', TEXT);
  });
  after(() => client.dispose());

  it('publishes tuned and sysctl diagnostics with exact ranges', async () => {
    assert.deepEqual(codes(await client.diagnostics(URI)), [
      '3:1-7 tuned-sysctl-reapply 3',
      '4:0-16 tuned-misplaced-setting 1',
      '5:18-38 tuned-sysctl-value 1',
      '7:1-4 tuned-net-devices 3',
      '8:8-11 tuned-enabled-value 1',
    ]);
  });

  it("offers the move-to-[modules] fix for halt_poll_ns in [sysctl]", async () => {
    const diagnostic = (await client.diagnostics(URI)).find((d) => d.code === 'tuned-misplaced-setting')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title).slice(0, 2), ['Move to [modules] as kvm=halt_poll_ns=80000', 'Move to [sysfs] /sys/module/kvm/parameters/halt_poll_ns (takes effect at once)']);
    assert.deepEqual(actions[0].edit?.changes?.[URI], [
      { range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, newText: '' },
      { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '\n[modules]\nkvm=halt_poll_ns=80000\n' },
    ]);
  });

  it('fix-all applies only the certain fixes (quotes, enabled=true)', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.kvmtune'] },
    })) as CodeAction[];
    assert.deepEqual(actions[0].edit?.changes?.[URI], [
      { range: { start: { line: 5, character: 18 }, end: { line: 5, character: 38 } }, newText: '"4096 16384 4136960"' },
      { range: { start: { line: 8, character: 8 }, end: { line: 8, character: 11 } }, newText: 'true' },
    ]);
  });

  it('hovers an include name with the shipped profile and its conflict with the paper', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 25 } });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.ok(markdown.includes('`net.ipv4.tcp_rmem` = `4096 131072 16777216` (from network-throughput); the paper sets `4096 87380 4136960`.'));
  });

  it('goes to the sibling profile from an include name', async () => {
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 10 } })) as Location[];
    assert.deepEqual(locations, [{ uri: pathToFileURL(join(HOST, '..', '..', 'site-base', 'tuned.conf')).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });

  it('completes [net] options and lists sections as symbols', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 10, character: 0 } });
    const items = (Array.isArray(result) ? result : (result?.items ?? [])) as CompletionItem[];
    assert.ok(items.some((i) => i.label === 'mtu'));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['[main]', '[sysctl]', '[net]']);
  });

  it('follows kvmtune.tuned.version and kvmtune.platform', async () => {
    await client.changeSettings({ tuned: { version: '2.17' }, platform: 's390x' });
    const diagnostics = await client.diagnostics(URI, (d) => d.some((x) => x.code === 'tuned-unknown-option'));
    assert.ok(codes(diagnostics).includes('9:0-10 tuned-unknown-option 2'), codes(diagnostics).join(', '));
    await client.changeSettings({});
  });
});
