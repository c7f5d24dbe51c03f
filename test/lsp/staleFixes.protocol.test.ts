import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, DidChangeTextDocumentNotification, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

// A user opens the file, types a new first line, and picks a quick fix before the new diagnostics
// arrive: the editor has moved the diagnostic one line down, the server must fix the text as it is now.
const URI = 'file:///etc/sysctl.d/91-stale-fix.conf';
const V1 = ['# tuning', 'net.ipv4.tcp_rmem = "4096 87380 4136960"', ''].join('\n');
const V2 = ['net.core.somaxconn = 4096', '# tuning', 'net.ipv4.tcp_rmem = "4096 87380 4136960"', ''].join('\n');
const FIXED = ['net.core.somaxconn = 4096', '# tuning', 'net.ipv4.tcp_rmem = 4096 87380 4136960', ''].join('\n');

function moved(diagnostic: Diagnostic, lines: number): Diagnostic {
  const { start, end } = diagnostic.range;
  return { ...diagnostic, range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } } };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'sysctl', 0, text), edits);
}

describe('quick fixes always apply to the current text (stale diagnostics)', () => {
  const client = new LspTestClient();
  let stale: Diagnostic;

  before(async () => {
    await client.initialize();
    await client.open(URI, 'sysctl', V1);
    const diagnostics = await client.diagnostics(URI);
    const quoted = diagnostics.find((d) => d.code === 'sysctl-quoted-value');
    assert.ok(quoted, 'v1 has the quoted-value diagnostic');
    assert.deepEqual(quoted.range, { start: { line: 1, character: 20 }, end: { line: 1, character: 40 } });
    assert.deepEqual(quoted.data, { ruleId: 'sysctl-quoted-value' }, 'published data carries no edits');
    stale = quoted;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'net.core.somaxconn = 4096\n' }],
    });
  });
  after(() => client.dispose());

  it('the moved diagnostic gets the edit computed for v2, which fixes exactly the quoted value', async () => {
    const editorCopy = moved(stale, 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: editorCopy.range,
      context: { diagnostics: [editorCopy], only: ['quickfix'] },
    })) as CodeAction[];
    const removeQuotes = actions.find((a) => a.title === 'Remove quotes');
    assert.ok(removeQuotes, actions.map((a) => a.title).join(', '));
    const edits = removeQuotes.edit?.changes?.[URI] ?? [];
    assert.deepEqual(edits, [{ range: { start: { line: 2, character: 20 }, end: { line: 2, character: 40 } }, newText: '4096 87380 4136960' }]);
    assert.equal(apply(V2, edits), FIXED);
    const disable = actions.find((a) => a.title === 'Disable sysctl-quoted-value for this line');
    assert.deepEqual(disable?.edit?.changes?.[URI], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '# kvmtune-disable-next-line sysctl-quoted-value\n' }]);
  });

  it('the diagnostic at its old place (no longer there in v2) gets no edit at all', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: stale.range,
      context: { diagnostics: [stale], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(actions.filter((a) => a.edit !== undefined), []);
  });

  it('edits sent back in diagnostic.data are never applied', async () => {
    const forged = { ...moved(stale, 1), data: { ruleId: 'sysctl-quoted-value', fixes: [{ title: 'Remove quotes', isPreferred: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, newText: '' }] }] } };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: forged.range,
      context: { diagnostics: [forged], only: ['quickfix'] },
    })) as CodeAction[];
    const edits = actions.find((a) => a.title === 'Remove quotes')?.edit?.changes?.[URI];
    assert.deepEqual(edits, [{ range: { start: { line: 2, character: 20 }, end: { line: 2, character: 40 } }, newText: '4096 87380 4136960' }]);
  });

  it('fix-all inside the debounce is computed for v2 as well', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [stale], only: ['source.fixAll.kvmtune'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const edits = actions[0].edit?.changes?.[URI] ?? [];
    assert.equal(apply(V2, edits), FIXED);
  });
});
