/** Registers the results-diff view: the compare command, the panel serializer and a debug probe for e2e tests. */
import * as vscode from 'vscode';
import { resolveRunPair } from './args';
import { DiffPanel } from './panel';
import { parsePersistedState, VIEW_TYPE, type RenderedState } from './protocol';

export const COMPARE_COMMAND = 'kvmtune.compareRuns';
export const DEBUG_STATE_COMMAND = 'kvmtune.diff.debugState';

export function registerResultsDiff(context: vscode.ExtensionContext): void {
  const { extensionUri } = context;
  context.subscriptions.push(
    vscode.commands.registerCommand(COMPARE_COMMAND, (first: unknown, second: unknown) => compareRuns(extensionUri, first, second)),
    vscode.commands.registerCommand(DEBUG_STATE_COMMAND, (options: unknown) => debugState(options)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const pair = parsePersistedState(state);
        if (!pair) {
          new DiffPanel(panel, extensionUri, undefined, undefined, 'This results view could not be restored. Run "kvmtune: Compare uperf runs…" again.');
          return;
        }
        new DiffPanel(panel, extensionUri, vscode.Uri.file(pair.a), vscode.Uri.file(pair.b));
      },
    }),
    { dispose: () => DiffPanel.all().forEach((panel) => panel.dispose()) },
  );
}

/** Returns the panel's title, or undefined when the user cancelled. */
async function compareRuns(extensionUri: vscode.Uri, first: unknown, second: unknown): Promise<string | undefined> {
  const request = resolveRunPair<vscode.Uri>(first, second);
  if (request.kind === 'error') {
    void vscode.window.showErrorMessage(`kvmtune: ${request.message}`);
    return undefined;
  }
  const pair = request.kind === 'pair' ? request : await pickPair(first);
  if (!pair) return undefined;
  const panel = DiffPanel.show(extensionUri, pair.a, pair.b);
  return panel.title;
}

async function pickPair(preselected: unknown): Promise<{ a: vscode.Uri; b: vscode.Uri } | undefined> {
  const start = preselected instanceof vscode.Uri ? preselected : vscode.workspace.workspaceFolders?.[0]?.uri;
  const runs = preselected === undefined ? await workspaceRuns() : [];
  const a = await pickRun('Select run A (the baseline)', start, runs);
  if (!a) return undefined;
  const b = await pickRun('Select run B (compared against A)', a, runs.filter((r) => r.toString() !== a.toString()));
  return b ? { a, b } : undefined;
}

/** Run folders in the workspace (those run-matrix.sh writes carry a run.json), newest first. */
async function workspaceRuns(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('**/run.json', '**/node_modules/**', 50);
  const folders = found.map((uri) => vscode.Uri.joinPath(uri, '..'));
  const stats = await Promise.all(folders.map((f) => vscode.workspace.fs.stat(f).then((s) => s.mtime, () => 0)));
  return folders.map((folder, i) => ({ folder, mtime: stats[i] })).sort((x, y) => y.mtime - x.mtime).map((x) => x.folder);
}

/** Offers the workspace's run folders when there are at least two, else (or on "Browse…") the folder dialog. */
async function pickRun(title: string, defaultUri: vscode.Uri | undefined, runs: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  if (runs.length < 1) return pickFolder(title, defaultUri);
  const browse = { label: '$(folder-opened) Browse…', uri: undefined as vscode.Uri | undefined };
  const items = [...runs.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })), browse];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'A run folder written by run-matrix.sh' });
  if (!picked) return undefined;
  return picked.uri ?? pickFolder(title, defaultUri);
}

async function pickFolder(title: string, defaultUri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, title, openLabel: 'Select run folder', defaultUri });
  return picked?.[0];
}

export interface DebugState {
  title: string;
  a: string | undefined;
  b: string | undefined;
  rendered: RenderedState | undefined;
  /** How many loads the webview has rendered (1 after opening; +1 per reload, e.g. from the file watchers). */
  loads: number;
}

/**
 * For tests: waits until the newest (or active) panel has rendered its current load, then asks the
 * webview to read its DOM again. Options: `{ timeoutMs?: number, minLoads?: number }`.
 */
async function debugState(options: unknown): Promise<DebugState | undefined> {
  const timeoutMs = numberOption(options, 'timeoutMs') ?? 10_000;
  const minLoads = numberOption(options, 'minLoads') ?? 0;
  const panels = DiffPanel.all();
  const panel = panels.find((p) => p.panel.active) ?? panels[panels.length - 1];
  if (!panel) return undefined;
  const settled = await panel.waitUntilSettled(timeoutMs, minLoads);
  const fresh = await panel.requestState(Math.min(timeoutMs, 5_000));
  return { title: panel.title, a: panel.a?.fsPath, b: panel.b?.fsPath, rendered: fresh ?? settled, loads: panel.renderedLoads };
}

function numberOption(options: unknown, name: string): number | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const value = (options as Record<string, unknown>)[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
