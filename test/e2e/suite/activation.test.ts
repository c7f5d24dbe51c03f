// The extension as a user gets it: activation per language, contributed commands, settings, snippets.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, documentSymbols, EXTENSION_ID, openWorkspaceFile } from './helpers';

describe('activation and contributions', () => {
  it('detects each language from its file name', async () => {
    const expected: [string, string][] = [
      ['sysctl.d/99-kvm-tuning.conf', 'sysctl'],
      ['etc/sysctl.conf', 'sysctl'],
      ['network-scripts/ifcfg-enccw0.0.0600', 'ifcfg'],
      ['modprobe.d/vhost-net.conf', 'modprobe'],
    ];
    for (const [file, language] of expected) {
      const document = await openWorkspaceFile(file);
      assert.equal(document.languageId, language, file);
    }
  });

  it('activates once a sysctl file is open', async () => {
    await openWorkspaceFile('sysctl.d/99-kvm-tuning.conf');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    await activeExtension();
    assert.equal(extension.isActive, true);
  });

  it('reports its activation time, measured from the first line of the bundle', async () => {
    const extension = await activeExtension();
    const { activation } = extension.exports as { activation: { codeLoadingMs: number; activateMs: number } };
    assert.ok(activation.codeLoadingMs > 0 && Number.isFinite(activation.codeLoadingMs), `code loading: ${activation.codeLoadingMs}`);
    assert.ok(activation.activateMs > 0 && Number.isFinite(activation.activateMs), `activate: ${activation.activateMs}`);
  });

  it('answers outline requests from its language server', async () => {
    const document = await openWorkspaceFile('sysctl.d/99-kvm-tuning.conf');
    const symbols = await documentSymbols(document.uri);
    assert.equal(symbols.length, 13);
    assert.equal(symbols[0].name, 'kernel.randomize_va_space');
    assert.deepEqual(
      [symbols[12].name, symbols[12].selectionRange.start.line, symbols[12].selectionRange.start.character, symbols[12].selectionRange.end.character],
      ['net.ipv4.tcp_tw_recycle', 14, 0, 23],
    );
  });

  it('registers its commands', async () => {
    await activeExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['kvmtune.showRuleDoc', 'kvmtune.restartServer']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  it('contributes the kvmtune settings with their defaults', () => {
    const config = vscode.workspace.getConfiguration('kvmtune');
    assert.deepEqual(config.inspect('rules')?.defaultValue, {});
    assert.equal(config.inspect('validate.run')?.defaultValue, 'onType');
    assert.equal(config.inspect('environment')?.defaultValue, 'lab');
  });

  it('contributes sysctl snippets that exist in the extension', async () => {
    const extension = await activeExtension();
    const contributed = (extension.packageJSON.contributes?.snippets ?? []) as { language: string; path: string }[];
    const sysctl = contributed.find((s) => s.language === 'sysctl');
    assert.ok(sysctl, 'no snippets contributed for sysctl');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, sysctl.path));
    const snippets = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, { prefix: string | string[] }>;
    assert.ok(Object.keys(snippets).length > 0, `${sysctl.path} has no snippets`);
  });

  it('restarts the language server on command and keeps answering', async () => {
    const document = await openWorkspaceFile('sysctl.d/99-kvm-tuning.conf');
    await vscode.commands.executeCommand('kvmtune.restartServer');
    const symbols = await documentSymbols(document.uri);
    assert.equal(symbols.length, 13);
  });

  it('registers the results-diff command (kvmtune.compareRuns)', async () => {
    await activeExtension();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('kvmtune.compareRuns'), 'kvmtune.compareRuns is not registered');
  });
});
