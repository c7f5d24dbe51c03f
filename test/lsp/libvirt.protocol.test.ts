import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type CompletionItem, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const URI = 'file:///etc/libvirt/qemu/protocol-guest.xml';
const TEXT = [
  "<domain type='kvm'>",
  '  <devices>',
  "    <interface type='direct'>",
  "      <mac address='52:54:00:6b:3c:58'/>",
  "      <source dev='eth0'/>",
  "      <model type='virtio'/>",
  "      <driver name='vhost'/>",
  "      <mtu size='8192'/>",
  '    </interface>',
  '  </devices>',
  '</domain>',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.severity} ${String(d.code)}`);
}

describe('language server over stdio (libvirt, opened as xml)', () => {
  const client = new LspTestClient();

  before(async () => {
    await client.initialize();
    await client.open(URI, 'xml', TEXT);
  });
  after(() => client.dispose());

  it('claims the domain by its root element and publishes the MTU error and the MacVTap mode warning', async () => {
    const diagnostics = await client.diagnostics(URI);
    assert.deepEqual(codes(diagnostics), ['4:7-13 2 libvirt-paper-macvtap-mode', '7:7-10 1 libvirt-mtu-type']);
    assert.match(diagnostics[1].codeDescription?.href ?? '', /docs\/rules\/libvirt-mtu-type\.md$/);
  });

  it("offers mode='bridge' as a quick fix that is not preferred (paper advice)", async () => {
    const [mode] = (await client.diagnostics(URI)).filter((d) => d.code === 'libvirt-paper-macvtap-mode');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: mode.range, context: { diagnostics: [mode], only: ['quickfix'] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ["Use mode='bridge'", 'Disable libvirt-paper-macvtap-mode for this line', 'Show documentation for libvirt-paper-macvtap-mode']);
    assert.notEqual(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit?.changes?.[URI], [{ range: { start: { line: 4, character: 24 }, end: { line: 4, character: 24 } }, newText: " mode='bridge'" }]);
  });

  it('hovers the interface type with the MacVTap limitation', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: 22 } });
    assert.match((hover?.contents as MarkupContent).value, /the host cannot talk to its own guests over the same host NIC/);
  });

  it('completes MacVTap modes in <source mode>', async () => {
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 4, character: 24 } })) as CompletionItem[];
    assert.ok(items.some((i) => i.label === 'mode'), JSON.stringify(items.map((i) => i.label)));
  });
});
