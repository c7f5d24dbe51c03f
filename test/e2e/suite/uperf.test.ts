// uperf profiles in a real VS Code: an XML document with a <profile> root is checked as uperf
// reads it (diagnostics), hovers, option-key completion, the paper's tcp_nodelay fix and the
// matrix command. Edits go to untitled documents so the workspace fixture stays untouched.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, applyAndWait, codeActionsUntil, hasCode, openScratch, openWorkspaceFile, summarize, waitForDiagnostics } from './helpers';

describe('uperf', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports </flowop> as uperf does (an error) and the missing tcp_nodelay (a warning)', async () => {
    const document = await openWorkspaceFile('uperf/rr-profile.xml');
    assert.equal(document.languageId, 'xml');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => hasCode('uperf-unknown-symbol')(d) && hasCode('uperf-tcp-nodelay')(d), 'uperf diagnostics');
    assert.deepEqual(summarize(diagnostics), ['4:20-27 uperf-tcp-nodelay', '8:45-55 uperf-unknown-symbol']);
    const unknown = diagnostics.find((d) => d.code !== undefined && JSON.stringify(d.code).includes('uperf-unknown-symbol'))!;
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknown.message, /uperf has no <\/flowop>/);
  });

  it('shows what uperf does with an option on hover, sizes in bytes', async () => {
    const document = await openWorkspaceFile('uperf/rr-profile.xml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(8, 38));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /\*\*size\*\* — size/);
    assert.match(text, /`size=1000`: 1000 bytes\./);
  });

  it('completes the option keys a connect flowop uses', async () => {
    const document = await openScratch('xml', ['<profile>', '<group nthreads="1">', '<transaction>', '<flowop type="connect" options="remotehost=$h "/>', '</transaction>', '</group>', '</profile>', '']);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(3, 46));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('protocol') && labels.includes('tcp_nodelay'), JSON.stringify(labels));
    assert.ok(!labels.includes('size'), 'size is not a connect option');
  });

  it('applies "Add tcp_nodelay" and the warning goes away', async () => {
    const lines = ['<profile name="rr">', '<group nthreads="1">', '<transaction iterations="1">', '<flowop type="connect" options="remotehost=$h protocol=tcp"/>', '</transaction>',
      '<transaction duration="300s">', '<flowop type="write" options="size=1"/>', '<flowop type="read" options="size=1"/>', '</transaction>', '</group>', '</profile>', ''];
    const document = await openScratch('xml', lines);
    const [nodelay] = await waitForDiagnostics(document.uri, hasCode('uperf-tcp-nodelay'), 'uperf-tcp-nodelay');
    const actions = await codeActionsUntil(document.uri, nodelay.range, 'quickfix', (list) => list.some((a) => a.title === 'Add tcp_nodelay'), 'the tcp_nodelay fix');
    const fix = actions.find((a) => a.title === 'Add tcp_nodelay')!;
    assert.ok(fix.edit);
    await applyAndWait(document, fix.edit);
    assert.equal(document.lineAt(3).text, '<flowop type="connect" options="remotehost=$h protocol=tcp tcp_nodelay"/>');
    await waitForDiagnostics(document.uri, (d) => !hasCode('uperf-tcp-nodelay')(d), 'no uperf-tcp-nodelay after the fix');
  });

  it('generates the paper matrix into a folder', async () => {
    const folder = vscode.Uri.file(path.join(os.tmpdir(), `kvmtune-matrix-${process.pid}`));
    const written = await vscode.commands.executeCommand<string>('kvmtune.generateMatrix', folder, 2);
    assert.equal(written, folder.fsPath);
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    assert.equal(names.length, 21);
    assert.ok(names.includes('rr1c-200x1000--10.xml') && names.includes('run-matrix.sh'));
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });
});
