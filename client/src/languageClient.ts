// The language client, required only once activate() has returned: vscode-languageclient is most
// of dist/client.js, and nothing in activation needs it.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/serverFlags';
import { selectedLanguages } from './languages';
import { initializationFailed, serverErrorHandler } from './serverHealth';

export function createClient(context: vscode.ExtensionContext, module: string, channel: vscode.OutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selectedLanguages(context.extension.packageJSON).flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: { configurationSection: 'kvmtune' },
    diagnosticCollectionName: 'kvmtune',
    // The server's log and, at kvmtune.trace.server, the LSP trace share one channel.
    outputChannel: channel,
    errorHandler: serverErrorHandler(channel),
    initializationFailedHandler: initializationFailed(channel),
  };
  return new LanguageClient('kvmtune', 'KVM Network Tuning', serverOptions, clientOptions);
}
