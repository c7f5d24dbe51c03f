// Hostile files in a real VS Code: the server must answer them and stay alive and quick for the
// next, ordinary file. Untitled documents, each under a name of its own, so the workspace fixture
// stays untouched and no document inherits the text of one closed before it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, hasCode, openUniqueScratch, summarize, waitForDiagnostics } from './helpers';

const NASTY: Array<[string, () => string]> = [
  ['NUL bytes', () => 'net.core.somaxconn = 1\u0000\n\u0000=\u0000\n'],
  ['invalid UTF-8 as the editor shows it', () => 'net.core.somaxconn = 1 # Puffergr\uFFFD\uFFFDe\n'],
  ['CR-only line ends', () => 'net.ipv4.tcp_tw_recycle = 1\rnet.core.somaxconn = 1\r'],
  ['a double BOM', () => '\uFEFF\uFEFFnet.core.somaxconn = 1\n'],
  ['one 2 MB line', () => `net.${'x'.repeat(2 * 1024 * 1024)} = 1\n`],
  ['100,000 repeated lines', () => 'net.core.somaxconn = 1\n'.repeat(100_000)],
];

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('robustness: nasty files', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const [name, text] of NASTY) {
    it(`${name}: the server answers, then still serves an ordinary file at once`, async () => {
      const nasty = await openUniqueScratch('sysctl', text());
      const lastLine = nasty.lineAt(nasty.lineCount - 1).range.end;
      await vscode.commands.executeCommand('vscode.executeHoverProvider', nasty.uri, lastLine);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', nasty.uri);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      const ordinary = await openUniqueScratch('sysctl', 'net.ipv4.tcp_tw_recycle = 1\n');
      const started = Date.now();
      const diagnostics = await waitForDiagnostics(ordinary.uri, hasCode('sysctl-removed-key'), 'the ordinary file after the nasty one');
      assert.deepEqual(summarize(diagnostics), ['0:0-23 sysctl-removed-key']);
      assert.match(await hoverText(ordinary, new vscode.Position(0, 10)), /tcp_tw_recycle/);
      assert.ok(Date.now() - started < 10_000, `the ordinary file took ${Date.now() - started} ms`);
    });
  }

  it('a 3 MB file gets the one large-file notice', async () => {
    const big = await openUniqueScratch('sysctl', 'net.core.rmem_max = 4136960\n'.repeat(110_000));
    const diagnostics = await waitForDiagnostics(big.uri, hasCode('kvmtune-large-file'), 'the large-file notice');
    assert.deepEqual(summarize(diagnostics), ['0:0-0 kvmtune-large-file']);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
  });
});
