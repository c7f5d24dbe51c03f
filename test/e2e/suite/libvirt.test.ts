// libvirt domain files and bare <interface> fragments in a real VS Code: they open as XML and the
// server claims them by their root element. Edits go to untitled documents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, applyAndWait, codeActionsUntil, codeOf, documentSymbols, hasCode, lacksCode, openScratch, openWorkspaceFile, summarize, waitForDiagnostics } from './helpers';

describe('libvirt', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks a domain file opened as XML: <mtu> on MacVTap is an error, a missing mode a paper warning', async () => {
    const document = await openWorkspaceFile('libvirt/guest.xml');
    assert.equal(document.languageId, 'xml');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => hasCode('libvirt-mtu-type')(d) && hasCode('libvirt-paper-macvtap-mode')(d), 'mtu and MacVTap mode');
    assert.deepEqual(summarize(diagnostics), ['6:7-13 libvirt-paper-macvtap-mode', '9:7-10 libvirt-mtu-type']);
    assert.equal(diagnostics[1].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it("applies the mode='bridge' fix to a bare fragment and the warning goes away", async () => {
    const document = await openScratch('xml', ["<interface type='direct'>", "  <mac address='52:54:00:6b:3c:58'/>", "  <source dev='eth0'/>", "  <model type='virtio'/>", "  <driver name='vhost'/>", '</interface>', '']);
    const [mode] = await waitForDiagnostics(document.uri, hasCode('libvirt-paper-macvtap-mode'), 'libvirt-paper-macvtap-mode');
    const actions = await codeActionsUntil(document.uri, mode.range, 'quickfix', (list) => list.length > 0, 'quick fixes for the MacVTap mode');
    const fix = actions.find((a) => a.title === "Use mode='bridge'");
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    await applyAndWait(document, fix.edit);
    assert.equal(document.lineAt(2).text, "  <source dev='eth0' mode='bridge'/>");
    await waitForDiagnostics(document.uri, lacksCode('libvirt-paper-macvtap-mode'), 'the warning to go away');
  });

  it('adds a missing <mac address> with a locally administered unicast MAC', async () => {
    const document = await openScratch('xml', ["<interface type='bridge'>", "  <source bridge='br0'/>", "  <model type='virtio'/>", "  <driver name='vhost'/>", '</interface>', '']);
    const [missing] = await waitForDiagnostics(document.uri, hasCode('libvirt-missing-mac'), 'libvirt-missing-mac');
    const actions = await codeActionsUntil(document.uri, missing.range, 'quickfix', (list) => list.some((a) => /mac address/.test(a.title)), 'the add-MAC fix');
    await applyAndWait(document, actions.find((a) => /mac address/.test(a.title))!.edit!);
    assert.match(document.lineAt(4).text, /^ {2}<mac address='[0-9a-f][26ae](:[0-9a-f]{2}){5}'\/>$/);
  });

  it('hovers the MacVTap type with the host-to-guest limitation', async () => {
    const document = await openWorkspaceFile('libvirt/guest.xml');
    await waitForDiagnostics(document.uri, hasCode('libvirt-mtu-type'), 'the document to be checked');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(4, 22));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /the host cannot talk to its own guests over the same host NIC/);
  });

  it("completes the paper's stanzas inside <devices>", async () => {
    const document = await openScratch('xml', ["<domain type='kvm'>", '  <devices>', '    ', '  </devices>', '</domain>', '']);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 4));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('interface: MacVTap bridge mode (virtio + vhost)'), JSON.stringify(labels));
  });

  it('lists each interface in the outline', async () => {
    const guest = await openWorkspaceFile('libvirt/guest.xml');
    await waitForDiagnostics(guest.uri, hasCode('libvirt-mtu-type'), 'the document to be checked');
    const symbols = await documentSymbols(guest.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['interface direct eth0']);
  });

  it('leaves host interface XML alone', async () => {
    const document = await openScratch('xml', ["<interface type='ethernet' name='eth0'>", "  <start mode='onboot'/>", '</interface>', '']);
    const other = await openScratch('xml', ["<interface type='bridge'>", '</interface>', '']);
    await waitForDiagnostics(other.uri, hasCode('libvirt-bridge-source'), 'the fragment next to it to be checked');
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'kvmtune').map(codeOf), []);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
