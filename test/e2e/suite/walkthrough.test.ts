// The contributed walkthrough opens in the Welcome editor and every step's media exists.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, waitForDiagnostics } from './helpers';

interface Step {
  id: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

describe('walkthrough "Tune KVM networking with kvmtune"', () => {
  afterEach(async () => {
    if (vscode.window.activeTextEditor?.document.isUntitled) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens in the Welcome editor', async () => {
    const extension = await activeExtension();
    const opened = new Promise<vscode.Tab>((resolve) => {
      const subscription = vscode.window.tabGroups.onDidChangeTabs((event) => {
        const tab = [...event.opened, ...event.changed].find((t) => t.isActive && /Welcome|Walkthrough/i.test(t.label));
        if (tab) {
          subscription.dispose();
          resolve(tab);
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.id}#tuneNetworking`, false);
    const tab = await opened;
    assert.equal(tab.isActive, true);
  });

  it('has a completion event and existing media for every step', async () => {
    const extension = await activeExtension();
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];
    assert.equal(walkthrough.title, 'Tune KVM networking with kvmtune');
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['openSample', 'paperFix', 'targetKernel', 'compareRuns', 'generateMatrix']);
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents?.length, `${step.id} has no completion event`);
      const media = step.media.image ?? step.media.markdown;
      assert.ok(media, `${step.id} has no media`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, media));
    }
    assert.ok(walkthrough.steps.find((s) => s.id === 'generateMatrix')!.completionEvents!.includes('onCommand:kvmtune.generateMatrix'));
  });

  it('opens the sample as an untitled sysctl file with a paper warning to fix', async () => {
    await activeExtension();
    await vscode.commands.executeCommand('kvmtune.openSample');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'no editor opened');
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'sysctl');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'sysctl-tcp-tw-reuse'), 'the paper warning');
    assert.equal(diagnostics.find((d) => codeOf(d) === 'sysctl-tcp-tw-reuse')!.severity, vscode.DiagnosticSeverity.Warning);
  });
});
