import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerResultsDiff } from './diff/register';
import { generateMatrix, GENERATE_MATRIX_COMMAND } from './uperfMatrix';
import { contributedLanguages, HOST_LANGUAGES } from './languages';
import { reportServerProblem, SHOW_OUTPUT_COMMAND } from './serverProblems';
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
  /** Settles once the language server has started (or failed to: the Output channel says why). */
  serverReady: Promise<void>;
  /** How long activation took, from the first line of dist/client.js to activate() returning. */
  activation: ActivationTiming;
}

export interface ActivationTiming {
  /** Evaluating the bundle (vscode-languageclient and the client's modules) before activate() ran. */
  codeLoadingMs: number;
  /** activate() itself; the language server starts after it returns. */
  activateMs: number;
}

/** Set by the first line of dist/client.js (scripts/bundles.mjs); absent when loaded from sources. */
declare const kvmtuneBundleStart: number | undefined;
const moduleEvaluated = performance.now();

export function activate(context: vscode.ExtensionContext): KvmtuneApi {
  const activateStart = performance.now();
  registerResultsDiff(context);
  registerWalkthrough(context);
  const channel = vscode.window.createOutputChannel('KVM Network Tuning');
  context.subscriptions.push(channel);
  const contributed = new Set(contributedLanguages(context.extension.packageJSON));
  const statusBar = createTargetStatusBar(context, (document) => isKvmtuneFile(document, contributed));
  registerTargetCommands(context, () => vscode.window.activeTextEditor?.document.uri);
  context.subscriptions.push(
    vscode.commands.registerCommand('kvmtune.showRuleDoc', (ruleId: unknown) => showRuleDoc(context, ruleId)),
    vscode.commands.registerCommand('kvmtune.restartServer', async () => client?.restart()),
    vscode.commands.registerCommand(GENERATE_MATRIX_COMMAND, generateMatrix),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => channel.show(true)),
  );
  // Activation waits for neither the server nor vscode-languageclient (most of the bundle): VS
  // Code holds the first file's features behind activate(), and diagnostics arrive when published.
  const serverReady = startLanguageServer(context, channel).then(() => statusBar.refresh());
  const activation: ActivationTiming = {
    codeLoadingMs: typeof kvmtuneBundleStart === 'number' ? moduleEvaluated - kvmtuneBundleStart : 0,
    activateMs: performance.now() - activateStart,
  };
  channel.appendLine(`kvmtune: activated in ${(activation.codeLoadingMs + activation.activateMs).toFixed(1)} ms (code loading ${activation.codeLoadingMs.toFixed(1)} ms, activate ${activation.activateMs.toFixed(1)} ms)`);
  return { targetStatus: statusBar.status, onDidChangeTargetStatus: statusBar.onDidChange, serverReady, activation };
}

async function startLanguageServer(context: vscode.ExtensionContext, channel: vscode.OutputChannel): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  if (!existsSync(serverModule)) {
    channel.appendLine(`kvmtune: ${serverModule} does not exist.`);
    reportServerProblem(channel, 'the language server is missing from this installation (dist/server.js); reinstall the extension.');
    return;
  }
  const { createClient } = require('./languageClient') as typeof import('./languageClient');
  client = createClient(context, serverModule, channel);
  try {
    await client.start();
  } catch (error) {
    channel.appendLine(`kvmtune: the language server did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    reportServerProblem(channel, 'the language server did not start. Files are not checked until it runs.', true);
  }
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
