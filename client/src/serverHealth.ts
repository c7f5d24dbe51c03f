import * as vscode from 'vscode';
import { afterCrash } from './crashPolicy';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';

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

/**
 * Restarts a crashed server a few times, quietly (the log has the details), and when it keeps
 * crashing says so once with a "Show Output" button instead of the generic client message.
 */
export function serverErrorHandler(channel: vscode.OutputChannel): ErrorHandler {
  let crashes: number[] = [];
  return {
    error(_error, _message, count): ErrorHandlerResult {
      if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
      reportServerProblem(channel, 'the language server keeps failing to talk to VS Code and was shut down.', true);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      const decision = afterCrash(crashes, Date.now());
      crashes = decision.crashes;
      if (decision.restart) {
        channel.appendLine(`kvmtune: the language server stopped unexpectedly; restarting it (${crashes.length} in the last 3 minutes).`);
        return { action: CloseAction.Restart, handled: true };
      }
      reportServerProblem(channel, 'the language server crashed 5 times in 3 minutes and will not be restarted. No checks run until it is.', true);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

/** `initializationFailedHandler`: the server started but refused to initialize. */
export function initializationFailed(channel: vscode.OutputChannel): (error: unknown) => boolean {
  return (error) => {
    channel.appendLine(`kvmtune: the language server failed to initialize: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    reportServerProblem(channel, 'the language server failed to start. Files are not checked until it runs.', true);
    return false;
  };
}
