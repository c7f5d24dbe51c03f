// A task running `kvmtune lint` with the contributed `$kvmtune` problem matcher fills the
// Problems panel from the CLI's text output (owner kvmtune-lint, source "kvmtune lint").
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, workspaceUri } from './helpers';

function lintProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kvmtune lint');
}

function waitForLintProblems(uri: vscode.Uri, count: number, timeout = 60_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = lintProblems(uri);
      if (found.length < count) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(found);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${count} task problems on ${uri.toString()}; have ${lintProblems(uri).length}`));
    }, timeout);
    check();
  });
}

function waitForTaskEnd(execution: vscode.TaskExecution, timeout = 60_000): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution !== execution && event.execution.task.name !== execution.task.name) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(event.exitCode);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error('timed out waiting for the lint task to end'));
    }, timeout);
  });
}

describe('tasks with the $kvmtune problem matcher', () => {
  it('turn kvmtune lint --format text output into problems with file, position, severity and rule', async () => {
    const extension = await activeExtension();
    const folder = vscode.workspace.workspaceFolders![0];
    const cli = path.join(extension.extensionUri.fsPath, 'dist', 'cli.js');
    const task = new vscode.Task(
      { type: 'shell' },
      folder,
      'kvmtune lint (e2e)',
      'kvmtune',
      new vscode.ShellExecution(`"${process.execPath}" "${cli}" lint sysctl.d/90-diagnostics.conf`, { cwd: folder.uri.fsPath }),
      '$kvmtune',
    );
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Never };
    const execution = await vscode.tasks.executeTask(task);
    const uri = workspaceUri('sysctl.d/90-diagnostics.conf');
    const [exitCode, problems] = await Promise.all([waitForTaskEnd(execution), waitForLintProblems(uri, 2)]);
    assert.equal(exitCode, 1, 'kvmtune lint exits 1 when it finds errors');
    const summary = problems
      .map((d) => `${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]} ${typeof d.code === 'object' ? d.code.value : d.code}`)
      .sort();
    assert.deepEqual(summary, ['1:0 Error sysctl-removed-key', '2:20 Error sysctl-quoted-value']);
    assert.match(problems.find((d) => d.range.start.line === 1)!.message, /^net\.ipv4\.tcp_tw_recycle was removed in Linux 4\.12/);
  });
});
