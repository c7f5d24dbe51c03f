/** One results-diff webview panel: loads the pair, watches both folders, answers the webview. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DiffReport } from '../../../engine/results/model';
import { suggestedExportName } from './args';
import { compareOptionsFrom, compareRunFolders } from './engine';
import { decodePngDataUrl, EXPORT_FILTERS, exportReport } from './exporting';
import { makeNonce, renderHtmlShell } from './html';
import { parseFromWebview, type ExportFormat, type FromWebview, type RenderedState, type ToWebview } from './protocol';

const RELOAD_DEBOUNCE_MS = 500;

export class DiffPanel implements vscode.Disposable {
  private static readonly open = new Set<DiffPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedState>();
  private readonly stateRequests = new Map<number, (state: RenderedState) => void>();
  private lastMessage: ToWebview | undefined;
  private report: DiffReport | undefined;
  private lastRendered: RenderedState | undefined;
  private loadGeneration = 0;
  private awaitingRender = false;
  /** Loads (report or error) the webview has rendered; lets tests wait for a watcher-triggered reload. */
  private rendersOfLoads = 0;
  private loading = false;
  private reloadTimer: NodeJS.Timeout | undefined;
  private nextRequestId = 1;

  static all(): readonly DiffPanel[] {
    return [...DiffPanel.open];
  }

  /** Reuses the panel already showing this pair, else opens a new one. */
  static show(extensionUri: vscode.Uri, a: vscode.Uri, b: vscode.Uri): DiffPanel {
    const existing = [...DiffPanel.open].find((p) => p.a?.fsPath === a.fsPath && p.b?.fsPath === b.fsPath);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel('kvmtune.resultsDiff', 'uperf diff', vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return new DiffPanel(panel, extensionUri, a, b);
  }

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    readonly a: vscode.Uri | undefined,
    readonly b: vscode.Uri | undefined,
    initialError?: string,
  ) {
    DiffPanel.open.add(this);
    panel.webview.options = webviewOptions(extensionUri);
    const scriptUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
    panel.webview.html = renderHtmlShell(makeNonce(), panel.webview.cspSource, scriptUri.toString());
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('kvmtune.diff')) void this.reload();
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(parseFromWebview(message))),
      this.renderedEmitter,
    );
    if (a && b) {
      panel.title = `uperf diff: ${path.basename(a.fsPath)} ↔ ${path.basename(b.fsPath)}`;
      this.watch(a);
      this.watch(b);
      void this.load(vscode.ProgressLocation.Notification);
    } else {
      this.post({ type: 'error', message: initialError ?? 'No runs to compare.' });
    }
  }

  get title(): string {
    return this.panel.title;
  }

  reload(): Promise<void> {
    return this.load(vscode.ProgressLocation.Window);
  }

  /** Loads and compares both folders; a newer load wins over one still running. */
  async load(location: vscode.ProgressLocation): Promise<void> {
    if (!this.a || !this.b) return;
    const [a, b] = [this.a.fsPath, this.b.fsPath];
    const generation = ++this.loadGeneration;
    this.loading = true;
    this.post({ type: 'loading', a, b });
    const title = `kvmtune: comparing uperf runs ${path.basename(a)} and ${path.basename(b)}`;
    try {
      const options = compareOptionsFrom(vscode.workspace.getConfiguration('kvmtune.diff', this.b));
      const report = await vscode.window.withProgress({ location, title }, () => compareRunFolders(a, b, options));
      if (generation !== this.loadGeneration) return;
      this.report = report;
      this.post({ type: 'report', report, noiseThreshold: options.noiseThreshold });
    } catch (error) {
      if (generation !== this.loadGeneration) return;
      this.report = undefined;
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error), a, b });
    } finally {
      if (generation === this.loadGeneration) this.loading = false;
    }
  }

  get renderedLoads(): number {
    return this.rendersOfLoads;
  }

  /** Resolves with what the webview shows once the current load (and at least `minLoads` loads) has been rendered. */
  waitUntilSettled(timeoutMs: number, minLoads = 0): Promise<RenderedState | undefined> {
    const settled = () =>
      !this.loading && !this.awaitingRender && this.rendersOfLoads >= minLoads && this.lastRendered !== undefined && this.lastRendered.view !== 'loading';
    if (settled()) return Promise.resolve(this.lastRendered);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(this.lastRendered), timeoutMs);
      const subscription = this.renderedEmitter.event(() => {
        if (settled()) finish(this.lastRendered);
      });
      const finish = (state: RenderedState | undefined) => {
        clearTimeout(timer);
        subscription.dispose();
        resolve(state);
      };
    });
  }

  /** Asks the webview to read its DOM again now (e.g. after an injected handler could have fired). */
  requestState(timeoutMs: number): Promise<RenderedState | undefined> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.stateRequests.delete(requestId);
        resolve(undefined);
      }, timeoutMs);
      this.stateRequests.set(requestId, (state) => {
        clearTimeout(timer);
        resolve(state);
      });
      void this.panel.webview.postMessage({ type: 'requestState', requestId } satisfies ToWebview);
    });
  }

  private post(message: ToWebview): void {
    this.lastMessage = message;
    if (message.type !== 'loading') this.awaitingRender = true;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(message: FromWebview | undefined): void {
    if (!message) return;
    switch (message.type) {
      case 'ready':
        // The webview (re)started, e.g. after being hidden: give it the latest content.
        if (this.lastMessage) void this.panel.webview.postMessage(this.lastMessage);
        return;
      case 'rendered':
        this.lastRendered = message.state;
        if (message.state.view !== 'loading' && this.awaitingRender) {
          this.awaitingRender = false;
          this.rendersOfLoads++;
        }
        this.renderedEmitter.fire(message.state);
        return;
      case 'state':
        this.stateRequests.get(message.requestId)?.(message.state);
        this.stateRequests.delete(message.requestId);
        return;
      case 'reload':
        void this.reload();
        return;
      case 'export':
        void this.exportText(message.format);
        return;
      case 'exportPng':
        void this.exportPng(message.dataUrl);
        return;
    }
  }

  private async exportText(format: ExportFormat): Promise<void> {
    const report = this.report;
    if (!report) return;
    try {
      await this.save(format, () => exportReport(report, format));
    } catch (error) {
      void vscode.window.showErrorMessage(`kvmtune: export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async exportPng(dataUrl: string): Promise<void> {
    const bytes = decodePngDataUrl(dataUrl);
    if (!bytes) {
      void vscode.window.showErrorMessage('kvmtune: the chart image could not be exported.');
      return;
    }
    await this.save('png', () => bytes);
  }

  private async save(format: ExportFormat | 'png', content: () => Uint8Array): Promise<void> {
    const { name, extension } = EXPORT_FILTERS[format];
    const fileName = suggestedExportName(this.report?.a.label ?? 'A', this.report?.b.label ?? 'B', extension);
    const folder = this.b ? vscode.Uri.file(path.dirname(this.b.fsPath)) : undefined;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
      filters: { [name]: [extension] },
      title: `Export uperf diff as ${name}`,
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, content());
  }

  private watch(folder: vscode.Uri): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
    const schedule = () => {
      if (this.reloadTimer) clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload(), RELOAD_DEBOUNCE_MS);
    };
    this.disposables.push(watcher, watcher.onDidChange(schedule), watcher.onDidCreate(schedule), watcher.onDidDelete(schedule));
  }

  dispose(): void {
    if (!DiffPanel.open.delete(this)) return;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.loadGeneration++;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}
