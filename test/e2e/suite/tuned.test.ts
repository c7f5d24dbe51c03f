// tuned profiles in a real VS Code: a sysctl rule in [sysctl], hover on a [net] option and on an
// include name, Go to Definition to a sibling profile, and the move-to-[modules] quick fix.
// Edits go to untitled documents so the workspace fixture stays untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, applyAndWait, codeActionsUntil, codeOf, hasCode, openScratch, openWorkspaceFile, summarize, waitForDiagnostics, workspaceUri } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('tuned', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens tuned.conf as a tuned profile and reports a sysctl rule in [sysctl] with its exact range', async () => {
    const document = await openWorkspaceFile('tuned/kvm-host/tuned.conf');
    assert.equal(document.languageId, 'tuned');
    const diagnostics = await waitForDiagnostics(document.uri, hasCode('sysctl-core-buffer-max'), 'sysctl-core-buffer-max in [sysctl]');
    const found = diagnostics.find((d) => codeOf(d) === 'sysctl-core-buffer-max')!;
    assert.deepEqual(summarize([found]), ['6:18-24 sysctl-core-buffer-max']);
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('hovers a [net] option with its type, release and the paper value', async () => {
    const document = await openWorkspaceFile('tuned/kvm-host/tuned.conf');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(10, 3)));
    assert.match(text, /\*\*txqueuelen\*\* — integer ≥ 0/);
    assert.match(text, /since tuned 2\.18/);
    assert.match(text, /\*\*IBM paper:\*\* `2500`/);
  });

  it('hovers include=network-throughput with its conflict with the paper and goes to the sibling profile', async () => {
    const document = await openWorkspaceFile('tuned/kvm-host/tuned.conf');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(2, 25)));
    assert.match(text, /`net\.ipv4\.tcp_rmem` = `4096 131072 16777216` \(from network-throughput\); the paper sets `4096 87380 4136960`/);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(2, 10));
    const target = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri).toString());
    assert.deepEqual(target, [workspaceUri('tuned/site-base/tuned.conf').toString()]);
  });

  it('moves halt_poll_ns from [sysctl] to [modules] with the quick fix', async () => {
    const document = await openScratch('tuned', ['[main]', 'include=virtual-host', '[sysctl]', 'kvm.halt_poll_ns=80000', '']);
    const diagnostics = await waitForDiagnostics(document.uri, hasCode('tuned-misplaced-setting'), 'tuned-misplaced-setting');
    const misplaced = diagnostics.find((d) => codeOf(d) === 'tuned-misplaced-setting')!;
    assert.deepEqual(summarize([misplaced]), ['3:0-16 tuned-misplaced-setting']);
    assert.equal(misplaced.severity, vscode.DiagnosticSeverity.Error);
    const actions = await codeActionsUntil(document.uri, misplaced.range, 'quickfix', (list) => list.some((a) => a.title.startsWith('Move to [modules]')), 'move-to-[modules] fix');
    const move = actions.find((a) => a.title === 'Move to [modules] as kvm=halt_poll_ns=80000');
    assert.ok(move?.edit, JSON.stringify(actions.map((a) => a.title)));
    await applyAndWait(document, move.edit);
    assert.equal(document.getText(), '[main]\ninclude=virtual-host\n[sysctl]\n\n[modules]\nkvm=halt_poll_ns=80000\n');
  });
});
