// sysctl.conf behaviour in a real VS Code: diagnostics, hover, completion, quick fixes,
// fix-all, disable comments and live severity settings. Edits go to untitled documents
// so the workspace fixture stays untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension, applyAndWait, codeActions, codeActionsUntil, codeOf, hasCode, lacksCode, openScratch, openWorkspaceFile,
  setRules, summarize, waitForDiagnostics,
} from './helpers';

const REMOVED = 'net.ipv4.tcp_tw_recycle = 1';
const QUOTED = 'net.ipv4.tcp_rmem = "4096 87380 4136960"';
const GOOD = 'net.core.netdev_max_backlog = 25000';

describe('sysctl', () => {
  before(async () => {
    await activeExtension();
  });
  afterEach(async () => {
    await setRules(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports removed keys and quoted values with exact codes, ranges and severities', async () => {
    const document = await openWorkspaceFile('sysctl.d/90-diagnostics.conf');
    const diagnostics = await waitForDiagnostics(
      document.uri, (d) => hasCode('sysctl-removed-key')(d) && hasCode('sysctl-quoted-value')(d), 'removed key and quoted value',
    );
    assert.deepEqual(summarize(diagnostics), ['1:0-23 sysctl-removed-key', '2:20-40 sysctl-quoted-value']);
    for (const d of diagnostics) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error, codeOf(d));
      assert.equal(d.source, 'kvmtune');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.match(code.target.toString(), new RegExp(`docs/rules/${code.value}\\.md$`));
    }
  });

  it('reports an unknown key as an error (the kernel has no such file) and offers the did-you-mean fix', async () => {
    const document = await openScratch('sysctl', ['net.ipv4.tcp_rmme = 4096 87380 4136960', '']);
    const [unknown] = await waitForDiagnostics(document.uri, hasCode('sysctl-unknown-key'), 'sysctl-unknown-key');
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(summarize([unknown]), ['0:0-17 sysctl-unknown-key']);
    const actions = await codeActionsUntil(document.uri, unknown.range, 'quickfix', (list) => list.length > 0, 'quick fixes for the unknown key');
    assert.ok(actions.some((a) => /net\.ipv4\.tcp_rmem/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
  });

  it('shows the key documentation on hover', async () => {
    const document = await openWorkspaceFile('sysctl.d/90-diagnostics.conf');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(3, 12));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /net\.core\.netdev_max_backlog/);
    assert.match(text, /25000/);
  });

  it('completes sysctl keys', async () => {
    const document = await openScratch('sysctl', ['# tuning', '']);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('net.ipv4.tcp_wmem'), `no net.ipv4.tcp_wmem among ${labels.length} items`);
  });

  it('resolves a key\'s documentation: the server names its list once (itemDefaults.data) and VS Code hands that back on resolve', async () => {
    const document = await openScratch('sysctl', ['# tuning', 'net.ipv4.tcp_w']);
    const position = new vscode.Position(1, 14);
    const first = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const count = first.items.length;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, undefined, count);
    const wmem = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'net.ipv4.tcp_wmem');
    assert.ok(wmem, `no net.ipv4.tcp_wmem among ${count} items`);
    const docs = wmem.documentation;
    assert.ok(docs instanceof vscode.MarkdownString, `documentation not resolved: ${JSON.stringify(docs)}`);
    assert.match(docs.value, /tcp_wmem/);
  });

  it('offers the contributed paper snippet in completion', async () => {
    const document = await openScratch('sysctl', ['']);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const snippet = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && (typeof i.label === 'string' ? i.label : i.label.label) === 'kvm-paper');
    assert.ok(snippet, 'no kvm-paper snippet among the completion items');
    const body = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
    assert.match(body, /net\.core\.netdev_max_backlog = \$?\{?\d*:?25000/);
  });

  it('applies the preferred "Remove quotes" fix and the problem goes away', async () => {
    const document = await openScratch('sysctl', [GOOD, QUOTED, '']);
    const [quoted] = await waitForDiagnostics(document.uri, hasCode('sysctl-quoted-value'), 'sysctl-quoted-value');
    assert.deepEqual(summarize([quoted]), ['1:20-40 sysctl-quoted-value']);
    const actions = await codeActionsUntil(document.uri, quoted.range, 'quickfix', (list) => list.length > 0, 'quick fixes for the quoted value');
    const fix = actions.find((a) => a.title === 'Remove quotes');
    assert.ok(fix?.edit, `no "Remove quotes" fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    await applyAndWait(document, fix.edit);
    assert.equal(document.lineAt(1).text, 'net.ipv4.tcp_rmem = 4096 87380 4136960');
    await waitForDiagnostics(document.uri, lacksCode('sysctl-quoted-value'), 'quoted value fixed');
  });

  it('fixes everything fixable with source.fixAll.kvmtune', async () => {
    const document = await openScratch('sysctl', [QUOTED, 'net.core.rmem_max = "16777216"', '']);
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'sysctl-quoted-value').length === 2, 'two quoted values');
    const [fixAll] = await codeActions(document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.kvmtune');
    assert.ok(fixAll?.edit, 'no source.fixAll.kvmtune action');
    assert.equal(fixAll.kind?.value, 'source.fixAll.kvmtune');
    await applyAndWait(document, fixAll.edit);
    assert.equal(document.getText(), 'net.ipv4.tcp_rmem = 4096 87380 4136960\nnet.core.rmem_max = 16777216\n');
    await waitForDiagnostics(document.uri, lacksCode('sysctl-quoted-value'), 'all quoted values fixed');
  });

  it('inserts a disable comment that silences the rule for that line only', async () => {
    const document = await openScratch('sysctl', [REMOVED, REMOVED, '']);
    const found = await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'sysctl-removed-key').length === 2, 'two removed keys');
    const first = found.find((d) => d.range.start.line === 0);
    assert.ok(first);
    const actions = await codeActionsUntil(document.uri, first.range, 'quickfix', (list) => list.length > 0, 'quick fixes for the removed key');
    const disable = actions.find((a) => a.title === 'Disable sysctl-removed-key for this line');
    assert.ok(disable?.edit, `no disable action among ${JSON.stringify(actions.map((a) => a.title))}`);
    await applyAndWait(document, disable.edit);
    assert.equal(document.lineAt(0).text, '# kvmtune-disable-next-line sysctl-removed-key');
    const after = await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'sysctl-removed-key').length === 1, 'one removed key left');
    assert.deepEqual(summarize(after.filter((d) => codeOf(d) === 'sysctl-removed-key')), ['2:0-23 sysctl-removed-key']);
    assert.ok(actions.some((a) => a.title === 'Show documentation for sysctl-removed-key'));
  });

  it('applies a kvmtune.rules severity change without a reload', async () => {
    const document = await openScratch('sysctl', [REMOVED, '']);
    await waitForDiagnostics(document.uri, hasCode('sysctl-removed-key'), 'sysctl-removed-key');
    await setRules({ 'sysctl-removed-key': 'off' });
    await waitForDiagnostics(document.uri, lacksCode('sysctl-removed-key'), 'rule turned off');
    await setRules({ 'sysctl-removed-key': 'hint' });
    const [hinted] = await waitForDiagnostics(
      document.uri, (d) => d.some((x) => codeOf(x) === 'sysctl-removed-key' && x.severity === vscode.DiagnosticSeverity.Hint), 'rule as hint',
    );
    assert.deepEqual(summarize([hinted]), ['0:0-23 sysctl-removed-key']);
  });
});
