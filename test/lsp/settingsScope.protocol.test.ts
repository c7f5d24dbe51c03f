import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeWorkspaceFoldersNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const REMOVED_KEY = 'net.ipv4.tcp_tw_recycle = 1\n';
const codes = (d: Diagnostic[]) => d.map((x) => x.code);

describe('settings per workspace folder over the protocol', () => {
  const client = new LspTestClient();
  const lab = 'file:///ws/lab';
  const legacy = 'file:///ws/legacy';
  before(async () => {
    // The legacy folder targets a kernel that still has tcp_tw_recycle; the lab folder, the paper's default.
    client.folderSettings[legacy] = { kernel: '4.9' };
    await client.initialize([lab, legacy]);
  });
  after(() => client.dispose());

  it('asks once per folder, however many of its files open, and judges each file by its folder', async () => {
    for (const uri of [`${lab}/a/sysctl.conf`, `${lab}/b/sysctl.conf`, `${legacy}/sysctl.conf`, `${legacy}/c/sysctl.conf`]) {
      await client.open(uri, 'sysctl', REMOVED_KEY);
    }
    assert.deepEqual(codes(await client.diagnostics(`${lab}/a/sysctl.conf`)), ['sysctl-removed-key']);
    assert.deepEqual(codes(await client.diagnostics(`${lab}/b/sysctl.conf`)), ['sysctl-removed-key']);
    assert.deepEqual(codes(await client.diagnostics(`${legacy}/sysctl.conf`)), []);
    assert.deepEqual(codes(await client.diagnostics(`${legacy}/c/sysctl.conf`)), []);
    assert.deepEqual([...client.configurationRequests].sort(), [lab, legacy]);
  });

  it('a file outside every folder gets the workspace settings, asked once for all such files', async () => {
    await client.open('file:///etc/sysctl.conf', 'sysctl', REMOVED_KEY);
    await client.open('untitled:Untitled-1', 'sysctl', REMOVED_KEY);
    assert.deepEqual(codes(await client.diagnostics('file:///etc/sysctl.conf')), ['sysctl-removed-key']);
    assert.deepEqual(codes(await client.diagnostics('untitled:Untitled-1')), ['sysctl-removed-key']);
    assert.equal(client.configurationRequests.length, 3);
  });

  it('a folder added later takes its files over: they are judged again by its settings', async () => {
    const added = 'file:///etc';
    client.folderSettings[added] = { kernel: '4.9' };
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: added, name: 'etc' }], removed: [] } });
    await client.diagnostics('file:///etc/sysctl.conf', (d, p) => client.published.indexOf(p) >= before && d.length === 0);
    assert.ok(client.configurationRequests.includes(added), JSON.stringify(client.configurationRequests));
  });
});
