// ifcfg-* and modprobe.d in a real VS Code: diagnostics, hovers and the paper's quick fixes.
// Edits go to untitled documents so the workspace fixtures stay untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, applyAndWait, codeActionsUntil, hasCode, lacksCode, openScratch, openWorkspaceFile, summarize, waitForDiagnostics } from './helpers';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

const QETH = [
  'DEVICE=enc600',
  'NETTYPE=qeth',
  'SUBCHANNELS=0.0.0600,0.0.0601,0.0.0602',
  'MTU=8192',
  "OPTIONS='layer2=1 portno=0 checksumming=hw_checksumming'",
  '',
];

describe('ifcfg', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports the paper rules on a qeth device with exact ranges and severities', async () => {
    const document = await openWorkspaceFile('network-scripts/ifcfg-enccw0.0.0600');
    const diagnostics = await waitForDiagnostics(document.uri, hasCode('ifcfg-paper-buffer-count'), 'ifcfg-paper-buffer-count');
    assert.deepEqual(summarize(diagnostics), [
      '1:0-6 ifcfg-paper-mtu',
      '9:0-8 ifcfg-qeth-option',
      '10:8-27 ifcfg-paper-buffer-count',
      '10:8-27 ifcfg-paper-checksumming',
    ]);
    assert.deepEqual(diagnostics.map((d) => d.severity), [
      vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Warning,
    ]);
  });

  it('hovers one OPTIONS attribute inside the quoted value', async () => {
    const document = await openWorkspaceFile('network-scripts/ifcfg-enccw0.0.0600');
    const text = await hoverText(document.uri, new vscode.Position(10, 21));
    assert.match(text, /\*\*portno\*\* — qeth attribute `portno`/);
    assert.match(text, /Relative port number on multi-port OSA CHPIDs\./);
  });

  it('applies the buffer_count=128 quick fix into the existing OPTIONS string, keeping its quotes and tokens', async () => {
    const document = await openScratch('ifcfg', QETH);
    const [finding] = await waitForDiagnostics(document.uri, hasCode('ifcfg-paper-buffer-count'), 'ifcfg-paper-buffer-count');
    assert.deepEqual(summarize([finding]), ['4:8-56 ifcfg-paper-buffer-count']);
    const actions = await codeActionsUntil(document.uri, finding.range, 'quickfix', (list) => list.some((a) => /buffer_count=128/.test(a.title)), 'the buffer_count fix');
    const fix = actions.find((a) => a.title === "Set buffer_count=128 in OPTIONS (the paper's value)");
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.notEqual(fix.isPreferred, true);
    await applyAndWait(document, fix.edit);
    assert.equal(document.lineAt(4).text, "OPTIONS='layer2=1 portno=0 checksumming=hw_checksumming buffer_count=128'");
    await waitForDiagnostics(document.uri, lacksCode('ifcfg-paper-buffer-count'), 'the finding goes away');
  });
});

describe('modprobe', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('hovers a module parameter', async () => {
    const document = await openWorkspaceFile('modprobe.d/vhost-net.conf');
    const text = await hoverText(document.uri, new vscode.Position(1, 25));
    assert.match(text, /\*\*vhost_net\.experimental_zcopytx\*\* — int/);
    assert.match(text, /- Set: read only at module load/);
  });

  it("warns about halt_poll_ns below the paper's 80000 and fixes the value", async () => {
    const document = await openScratch('modprobe', ['options kvm halt_poll_ns=20000', '']);
    const [finding] = await waitForDiagnostics(document.uri, hasCode('modprobe-halt-poll-ns'), 'modprobe-halt-poll-ns');
    assert.deepEqual(summarize([finding]), ['0:25-30 modprobe-halt-poll-ns']);
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await codeActionsUntil(document.uri, finding.range, 'quickfix', (list) => list.some((a) => /halt_poll_ns=80000/.test(a.title)), 'the halt_poll_ns fix');
    const fix = actions.find((a) => /halt_poll_ns=80000/.test(a.title));
    assert.ok(fix?.edit);
    await applyAndWait(document, fix.edit);
    assert.equal(document.lineAt(0).text, 'options kvm halt_poll_ns=80000');
  });
});
