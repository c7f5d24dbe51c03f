// Event-driven waiting helpers shared by the e2e tests: nothing here sleeps for a fixed time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kvmtune.kvmtune';
const DEFAULT_TIMEOUT = 20_000;

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open test/e2e/workspace as its folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openWorkspaceFile(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function openScratch(language: string, lines: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content: lines.join('\n') });
  await vscode.window.showTextDocument(document);
  return document;
}

let scratchCount = 0;

/**
 * An untitled document under a name never used before. VS Code hands a closed "Untitled-N" name to
 * the next untitled document and may bring back the closed one's text with it, so tests that open
 * several scratch documents in a row must not rely on fresh Untitled-N names.
 */
export async function openUniqueScratch(language: string, text: string): Promise<vscode.TextDocument> {
  scratchCount += 1;
  const uri = vscode.Uri.parse(`untitled:kvmtune-scratch-${process.pid}-${Date.now()}-${scratchCount}`);
  const empty = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'scratch text inserted');
  const document = await vscode.languages.setTextDocumentLanguage(empty, language);
  // VS Code's text model turns every line break into the document's end-of-line, so compare lines.
  const lines = (t: string) => t.replace(/\r\n?/g, '\n');
  assert.equal(lines(document.getText()), lines(text), 'the scratch document holds the text given');
  await vscode.window.showTextDocument(document);
  return document;
}

export function kvmtuneDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kvmtune');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** `line:start-end code` for compact, exact comparisons of where problems are. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${codeOf(d)}`);
}

/** Resolves once `predicate` holds for the kvmtune diagnostics of `uri`; rejects with what was there on timeout. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = kvmtuneDiagnostics(uri);
      if (!predicate(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeout} ms waiting for diagnostics: ${what}; have ${JSON.stringify(summarize(kvmtuneDiagnostics(uri)))}`));
    }, timeout);
    function finish(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export function hasCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => codeOf(d) === code);
}

export function lacksCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => codeOf(d) === code);
}

/** Applies `edit` and resolves after the document change event for it has arrived. */
export async function applyAndWait(document: vscode.TextDocument, edit: vscode.WorkspaceEdit, timeout = DEFAULT_TIMEOUT): Promise<void> {
  const changed = new Promise<void>((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() !== document.uri.toString() || event.contentChanges.length === 0) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeout} ms waiting for the edit to reach ${document.uri.toString()}`));
    }, timeout);
  });
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'workspace.applyEdit refused the edit');
  await changed;
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

/**
 * Asks for code actions until `accept` likes the answer. The first request can race the marker
 * service (its context then carries no diagnostics and the server rightly offers nothing), so an
 * unacceptable answer is retried on the next diagnostics change for `uri`, or after a short poll.
 */
export async function codeActionsUntil(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string,
  accept: (actions: vscode.CodeAction[]) => boolean,
  what: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const actions = await codeActions(uri, range, kind);
    if (accept(actions)) return actions;
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for code actions: ${what}; have ${JSON.stringify(actions.map((a) => a.title))}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 250);
      const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((u) => u.toString() === uri.toString())) done();
      });
      function done(): void {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  if (!extension.isActive) await extension.activate();
  // activate() returns before the language server runs; tests talk to the server.
  await (extension.exports as { serverReady?: Promise<void> } | undefined)?.serverReady;
  return extension;
}

export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('kvmtune').update('rules', rules, vscode.ConfigurationTarget.Global);
}

/** Outline symbols from the language server (ready once activeExtension() has resolved). */
export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await activeExtension();
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}
