import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerResultsDiff } from './diff/register';
import { generateMatrix, GENERATE_MATRIX_COMMAND } from './uperfMatrix';
import { contributedLanguages, HOST_LANGUAGES, selectedLanguages } from './languages';
import { initializationFailed, reportServerProblem, serverErrorHandler, SHOW_OUTPUT_COMMAND } from './serverHealth';
import { registerTargetCommands } from './target/picker';
import { createTargetStatusBar, type TargetStatus } from './target/statusBar';
import { registerWalkthrough } from './walkthrough';

/** Asked by the status bar: which kvmtune language, if any, claims this open document. */
const LANGUAGE_OF_REQUEST = 'kvmtune/languageOf';

let client: LanguageClient | undefined;

/** What activate() returns: read by the e2e suite, and by anyone scripting kvmtune. */
export interface KvmtuneApi {
  targetStatus(): TargetStatus;
  onDidChangeTargetStatus: vscode.Event<TargetStatus>;
}

export async function activate(context: vscode.ExtensionContext): Promise<KvmtuneApi> {
  registerResultsDiff(context);
  registerWalkthrough(context);
  const channel = vscode.window.createOutputChannel('KVM Network Tuning');
  context.subscriptions.push(channel);
  client = createClient(context, channel);
  const contributed = new Set(contributedLanguages(context.extension.packageJSON));
  const statusBar = createTargetStatusBar(context, (document) => isKvmtuneFile(document, contributed));
  registerTargetCommands(context, () => vscode.window.activeTextEditor?.document.uri);
  context.subscriptions.push(
    vscode.commands.registerCommand('kvmtune.showRuleDoc', (ruleId: unknown) => showRuleDoc(context, ruleId)),
    vscode.commands.registerCommand('kvmtune.restartServer', async () => client?.restart()),
    vscode.commands.registerCommand(GENERATE_MATRIX_COMMAND, generateMatrix),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => channel.show(true)),
  );
  const api: KvmtuneApi = { targetStatus: statusBar.status, onDidChangeTargetStatus: statusBar.onDidChange };
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  if (!existsSync(serverModule)) {
    channel.appendLine(`kvmtune: ${serverModule} does not exist.`);
    reportServerProblem(channel, 'the language server is missing from this installation (dist/server.js); reinstall the extension.');
    return api;
  }
  try {
    await client.start();
  } catch (error) {
    channel.appendLine(`kvmtune: the language server did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    reportServerProblem(channel, 'the language server did not start. Files are not checked until it runs.', true);
    return api;
  }
  statusBar.refresh();
  return api;
}

/** A document in a language kvmtune contributes, or XML (a uperf profile, a libvirt domain) the server claims. */
async function isKvmtuneFile(document: vscode.TextDocument, contributed: ReadonlySet<string>): Promise<boolean> {
  if (contributed.has(document.languageId)) return true;
  if (!HOST_LANGUAGES.includes(document.languageId) || !client?.isRunning()) return false;
  try {
    const answer = await client.sendRequest<{ language: string | null }>(LANGUAGE_OF_REQUEST, { uri: document.uri.toString() });
    return answer.language !== null;
  } catch {
    return false;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext, channel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
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

async function showRuleDoc(context: vscode.ExtensionContext, ruleId: unknown): Promise<void> {
  const id = typeof ruleId === 'string' ? ruleId : await pickRuleId(context);
  if (!id || !/^[a-z0-9-]+$/.test(id)) return;
  const doc = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`)));
  try {
    await vscode.workspace.fs.stat(doc);
  } catch {
    void vscode.window.showWarningMessage(`kvmtune: no documentation page for rule "${id}".`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', doc);
}

async function pickRuleId(context: vscode.ExtensionContext): Promise<string | undefined> {
  const folder = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules')));
  const entries = await vscode.workspace.fs.readDirectory(folder).then(
    (list) => list.map(([name]) => name).filter((name) => name.endsWith('.md')),
    () => [] as string[],
  );
  return vscode.window.showQuickPick(
    entries.map((name) => name.replace(/\.md$/, '')).sort(),
    { placeHolder: 'Rule whose documentation to show' },
  );
}
