import * as vscode from 'vscode';

export const OPEN_SAMPLE_COMMAND = 'kvmtune.openSample';
const SAMPLE = ['media', 'walkthrough', 'before-tuning.conf'];

/**
 * The walkthrough's first step: a sysctl file with paper warnings, opened as an untitled copy so
 * the fixes the next step applies never touch the installed extension or the user's files.
 */
export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...SAMPLE));
      const document = await vscode.workspace.openTextDocument({ language: 'sysctl', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document);
      return document.uri;
    }),
  );
}
