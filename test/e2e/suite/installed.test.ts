// Runs against the packaged .vsix installed into code-server (not the development folder),
// so a file missing from the package shows up as a failure here. The runner selects this
// file alone with KVMTUNE_E2E_ONLY=installed and names the extensions dir it installed into.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, documentSymbols, hasCode, openWorkspaceFile, summarize, waitForDiagnostics } from './helpers';

describe('installed .vsix', () => {
  it('is loaded from the extensions folder, not from the sources', async () => {
    const extension = await activeExtension();
    const extensionsDir = process.env.KVMTUNE_E2E_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'KVMTUNE_E2E_EXTENSIONS_DIR is not set');
    assert.ok(
      extension.extensionUri.fsPath.startsWith(path.resolve(extensionsDir) + path.sep),
      `loaded from ${extension.extensionUri.fsPath}, expected below ${extensionsDir}`,
    );
  });

  it('reports its activation time from the packaged bundle (kept for npm run bench)', async () => {
    const extension = await activeExtension();
    const { activation } = extension.exports as { activation: { codeLoadingMs: number; activateMs: number } };
    assert.ok(activation.codeLoadingMs > 0 && activation.activateMs > 0, JSON.stringify(activation));
    const artifacts = process.env.KVMTUNE_E2E_ARTIFACTS;
    assert.ok(artifacts, 'KVMTUNE_E2E_ARTIFACTS is not set');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'activation.json'), `${JSON.stringify({ ...activation, vscode: vscode.version, date: new Date().toISOString() })}\n`);
  });

  it('contains every file its manifest names', async () => {
    const extension = await activeExtension();
    const manifest = extension.packageJSON as {
      main: string;
      contributes: { languages?: { configuration?: string }[]; grammars?: { path: string }[]; snippets?: { path: string }[] };
    };
    const named = [
      manifest.main, 'dist/server.js',
      ...(manifest.contributes.languages ?? []).flatMap((l) => (l.configuration ? [l.configuration] : [])),
      ...(manifest.contributes.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes.snippets ?? []).map((s) => s.path),
    ];
    const missing: string[] = [];
    for (const file of new Set(named)) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file)).then(undefined, () => missing.push(file));
    }
    assert.deepEqual(missing, [], `files named in package.json but missing from the .vsix: ${missing.join(', ')}`);
  });

  it('starts its language server from the packaged bundle', async () => {
    const document = await openWorkspaceFile('sysctl.d/90-diagnostics.conf');
    await activeExtension();
    const symbols = await documentSymbols(document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['net.ipv4.tcp_tw_recycle', 'net.ipv4.tcp_rmem', 'net.core.netdev_max_backlog']);
  });

  it('publishes diagnostics', async () => {
    const document = await openWorkspaceFile('sysctl.d/90-diagnostics.conf');
    const diagnostics = await waitForDiagnostics(document.uri, hasCode('sysctl-removed-key'), 'sysctl-removed-key');
    assert.ok(summarize(diagnostics).includes('1:0-23 sysctl-removed-key'), JSON.stringify(summarize(diagnostics)));
  });
});
