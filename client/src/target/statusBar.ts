import * as vscode from 'vscode';
import { SELECT_TARGET_COMMAND } from './picker';
import { readTarget, SECTION } from './settingsAccess';
import { statusText, tooltipMarkdown } from './target';

/** Answers whether a document is a kvmtune file (a contributed language, or XML the server claims). */
export type KvmtuneFileTest = (document: vscode.TextDocument) => Promise<boolean>;

export interface TargetStatus {
  visible: boolean;
  text: string;
  tooltip: string;
}

/** The status bar item naming the target the active kvmtune file is judged against. */
export interface TargetStatusBar {
  status(): TargetStatus;
  refresh(): void;
  /** Fires after each refresh of the item, with what it shows. */
  onDidChange: vscode.Event<TargetStatus>;
}

export function createTargetStatusBar(context: vscode.ExtensionContext, isKvmtuneFile: KvmtuneFileTest): TargetStatusBar {
  const item = vscode.window.createStatusBarItem('kvmtune.target', vscode.StatusBarAlignment.Right, 100);
  item.name = 'kvmtune target';
  item.command = SELECT_TARGET_COMMAND;
  const changed = new vscode.EventEmitter<TargetStatus>();
  let visible = false;
  let generation = 0;
  const status = (): TargetStatus => ({
    visible,
    text: visible ? item.text : '',
    tooltip: visible && item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : '',
  });

  async function refresh(): Promise<void> {
    const current = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    const show = document !== undefined && (await isKvmtuneFile(document));
    if (current !== generation) return;
    if (!show) {
      visible = false;
      item.hide();
      changed.fire(status());
      return;
    }
    const { target, sources } = readTarget(document.uri);
    item.text = statusText(target);
    item.tooltip = new vscode.MarkdownString(tooltipMarkdown(target, sources));
    item.accessibilityInformation = { label: `${statusText(target)}. Click to change the target.` };
    visible = true;
    item.show();
    changed.fire(status());
  }

  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  context.subscriptions.push(
    item,
    changed,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SECTION) && void refresh()),
    // An XML file may become (or stop being) a kvmtune file as its root element is typed; the
    // server re-validates after each change, so its diagnostics event is the moment to ask again.
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (vscode.window.activeTextEditor?.document.languageId === 'xml' && event.uris.some((u) => u.toString() === activeUri())) void refresh();
    }),
  );
  void refresh();
  return { status, refresh: () => void refresh(), onDidChange: changed.event };
}
