// The target in the status bar and the picker commands: what a file is judged against, changed
// without editing settings JSON, and the open file's diagnostics follow without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, hasCode, lacksCode, openScratch, openWorkspaceFile, summarize, waitForDiagnostics, workspaceUri } from './helpers';

interface TargetStatus {
  visible: boolean;
  text: string;
  tooltip: string;
}
interface KvmtuneApi {
  targetStatus(): TargetStatus;
  onDidChangeTargetStatus: vscode.Event<TargetStatus>;
}

const FILE = 'sysctl.d/95-target.conf';

function waitForStatus(api: KvmtuneApi, accept: (s: TargetStatus) => boolean, what: string, timeout = 20_000): Promise<TargetStatus> {
  return new Promise((resolve, reject) => {
    if (accept(api.targetStatus())) return resolve(api.targetStatus());
    const subscription = api.onDidChangeTargetStatus((status) => {
      if (!accept(status)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(status);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for the status bar: ${what}; it shows ${JSON.stringify(api.targetStatus())}`));
    }, timeout);
  });
}

function noopSeverity(diagnostics: vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((d) => codeOf(d) === 'sysctl-noop-key')?.severity;
}

describe('target status bar and picker', () => {
  let api: KvmtuneApi;
  let hadSettingsFile = true;

  before(async () => {
    api = (await activeExtension()).exports as KvmtuneApi;
    hadSettingsFile = await vscode.workspace.fs.stat(workspaceUri('.vscode/settings.json')).then(() => true, () => false);
  });

  after(async () => {
    await vscode.commands.executeCommand('kvmtune.selectKernel', '');
    await vscode.commands.executeCommand('kvmtune.selectEnvironment', 'lab');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (!hadSettingsFile) await vscode.workspace.fs.delete(workspaceUri('.vscode/settings.json'));
  });

  it('shows "kvmtune: paper" for a kvmtune file, lists every target setting, and hides for other files', async () => {
    await openWorkspaceFile(FILE);
    const status = await waitForStatus(api, (s) => s.visible, 'visible for a sysctl file');
    assert.equal(status.text, 'kvmtune: paper');
    for (const setting of ['kernel', 'environment', 'platform', 'workload', 'topology', 'tuned.version', 'uperf.protocols']) {
      assert.ok(status.tooltip.includes(`\`kvmtune.${setting}\``), `tooltip lacks kvmtune.${setting}: ${status.tooltip}`);
    }
    assert.match(status.tooltip, /\| `kvmtune\.kernel` \| not set: judged as the paper does \| default \|/);
    await openScratch('plaintext', ['not a kvmtune file']);
    await waitForStatus(api, (s) => !s.visible, 'hidden for a plain text file');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the target for XML the language server claims (a libvirt domain), not for other XML', async () => {
    await openWorkspaceFile('libvirt/guest.xml');
    assert.equal((await waitForStatus(api, (s) => s.visible, 'visible for a libvirt domain')).text, 'kvmtune: paper');
    await openScratch('xml', ['<?xml version="1.0"?>', '<project><modelVersion>4.0.0</modelVersion></project>']);
    await waitForStatus(api, (s) => !s.visible, 'hidden for XML no kvmtune language claims');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('changing the kernel with its command changes the open file\'s diagnostics and the status bar', async () => {
    const document = await openWorkspaceFile(FILE);
    const paper = await waitForDiagnostics(document.uri, hasCode('sysctl-noop-key'), 'tcp_low_latency as the paper');
    assert.deepEqual(summarize(paper), ['1:0-24 sysctl-noop-key']);
    assert.equal(noopSeverity(paper), vscode.DiagnosticSeverity.Information);

    assert.equal(await vscode.commands.executeCommand('kvmtune.selectKernel', '6.8'), true);
    const modern = await waitForDiagnostics(document.uri, (d) => noopSeverity(d) === vscode.DiagnosticSeverity.Warning, 'a warning on 6.8');
    assert.deepEqual(summarize(modern), ['1:0-24 sysctl-noop-key']);
    assert.equal((await waitForStatus(api, (s) => s.text === 'kvmtune: 6.8', '6.8')).text, 'kvmtune: 6.8');
    assert.equal(vscode.workspace.getConfiguration('kvmtune').inspect('kernel')?.workspaceValue, '6.8');

    assert.equal(await vscode.commands.executeCommand('kvmtune.selectKernel', '4.12'), true);
    assert.deepEqual(summarize(await waitForDiagnostics(document.uri, lacksCode('sysctl-noop-key'), 'nothing on 4.12')), []);

    assert.equal(await vscode.commands.executeCommand('kvmtune.selectEnvironment', 'production'), true);
    const production = await waitForDiagnostics(document.uri, hasCode('sysctl-randomize-va-space'), 'ASLR warning in production');
    assert.deepEqual(summarize(production), ['2:28-29 sysctl-randomize-va-space']);
    await waitForStatus(api, (s) => s.text === 'kvmtune: 4.12 · production', '4.12 · production');

    assert.equal(await vscode.commands.executeCommand('kvmtune.selectKernel', ''), true);
    await waitForStatus(api, (s) => s.text === 'kvmtune: paper · production', 'back to the paper');
    assert.equal(vscode.workspace.getConfiguration('kvmtune').inspect('kernel')?.workspaceValue, undefined, 'choosing the default removes the entry');
  });

  it('refuses a value that is not a kernel version and leaves the setting alone', async () => {
    await openWorkspaceFile(FILE);
    assert.equal(await vscode.commands.executeCommand('kvmtune.selectKernel', 'latest'), false);
    assert.equal(vscode.workspace.getConfiguration('kvmtune').inspect('kernel')?.workspaceValue, undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('offers a command for each target setting and one to show the output', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['selectTarget', 'selectKernel', 'selectEnvironment', 'selectPlatform', 'selectWorkload', 'selectTopology', 'showOutput']) {
      assert.ok(commands.includes(`kvmtune.${id}`), `kvmtune.${id} is not registered`);
    }
  });
});
