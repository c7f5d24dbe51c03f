import * as vscode from 'vscode';
import { afterCrash } from './crashPolicy';
import { reportServerProblem } from './serverProblems';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';

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
