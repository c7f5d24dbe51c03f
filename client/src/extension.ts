import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerResultsDiff } from './diff/register';
import { selectedLanguages } from './languages';
import { generateMatrix, GENERATE_MATRIX_COMMAND } from './uperfMatrix';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerResultsDiff(context);
  client = createClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('kvmtune.showRuleDoc', (ruleId: unknown) => showRuleDoc(context, ruleId)),
    vscode.commands.registerCommand('kvmtune.restartServer', async () => client?.restart()),
    vscode.commands.registerCommand(GENERATE_MATRIX_COMMAND, generateMatrix),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
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
