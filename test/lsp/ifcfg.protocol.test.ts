import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const IFCFG = 'file:///etc/sysconfig/network-scripts/ifcfg-enc600';
const MODPROBE = 'file:///etc/modprobe.d/kvm.conf';
const TEXT = ['DEVICE=enc600', 'NETTYPE=qeth', 'SUBCHANNELS=0.0.0600,0.0.0601,0.0.0602', 'MTU=8192', 'OPTIONS="layer2=1 checksumming=hw_checksumming"', 'LAYER2=1', ''].join('\n');

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${String(d.code)}`);

describe('language server over stdio (ifcfg, modprobe)', () => {
  const client = new LspTestClient();

  before(async () => {
    await client.initialize();
    await client.open(IFCFG, 'ifcfg', TEXT);
    await client.open(MODPROBE, 'modprobe', 'options kvm halt_poll_ns=0\n');
  });
  after(() => client.dispose());

  it('publishes ifcfg diagnostics with exact ranges', async () => {
    assert.deepEqual(codes(await client.diagnostics(IFCFG)), ['4:8-47 ifcfg-paper-buffer-count', '5:0-6 ifcfg-installer-key']);
  });

  it('offers the preferred move of LAYER2 into OPTIONS and the paper fix as not preferred', async () => {
    const diagnostics = await client.diagnostics(IFCFG);
    const actionsFor = async (code: string) => {
      const d = diagnostics.find((x) => x.code === code)!;
      return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: IFCFG }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
    };
    const installer = await actionsFor('ifcfg-installer-key');
    assert.equal(installer[0].title, "Move to OPTIONS as 'layer2=1'");
    assert.equal(installer[0].isPreferred, true);
    const paper = await actionsFor('ifcfg-paper-buffer-count');
    assert.equal(paper[0].title, "Set buffer_count=128 in OPTIONS (the paper's value)");
    assert.notEqual(paper[0].isPreferred, true);
    assert.deepEqual(paper[0].edit?.changes?.[IFCFG], [{ range: { start: { line: 4, character: 46 }, end: { line: 4, character: 46 } }, newText: ' buffer_count=128' }]);
  });

  it('publishes modprobe diagnostics and hovers parameters', async () => {
    assert.deepEqual(codes(await client.diagnostics(MODPROBE)), ['0:25-26 modprobe-halt-poll-ns']);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: MODPROBE }, position: { line: 0, character: 14 } });
    assert.match((hover?.contents as MarkupContent).value, /\*\*kvm\.halt_poll_ns\*\*/);
  });
});
