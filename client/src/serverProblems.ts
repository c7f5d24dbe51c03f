import * as vscode from 'vscode';

export const SHOW_OUTPUT_COMMAND = 'kvmtune.showOutput';
const SHOW_OUTPUT = 'Show Output';
const RESTART_SERVER = 'Restart Server';

/** Tells the user what happened to the language server, in kvmtune's words, with a way to its log. */
export function reportServerProblem(channel: vscode.OutputChannel, text: string, canRestart = false): void {
  const buttons = canRestart ? [SHOW_OUTPUT, RESTART_SERVER] : [SHOW_OUTPUT];
  void vscode.window.showErrorMessage(`kvmtune: ${text}`, ...buttons).then((choice) => {
    if (choice === SHOW_OUTPUT) channel.show(true);
    if (choice === RESTART_SERVER) void vscode.commands.executeCommand('kvmtune.restartServer');
  });
}
