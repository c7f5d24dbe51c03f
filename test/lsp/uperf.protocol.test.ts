import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, CodeLensRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const URI = 'file:///work/profiles/rr.xml';
const OTHER = 'file:///work/pom.xml';
const TEXT = [
  '<?xml version="1.0"?>',
  '<PROFILE name="rr">',
  '  <group nthreads="1">',
  '    <transaction iterations="1">',
  '      <flowop type="connect" options="remotehost=$h protocol=tcp tcp_nodelay"/>',
  '    </transaction>',
  '    <transaction duration="300s">',
  '      <flowop type="write" options="size=64"></flowop>',
  '      <flowop type="read" options="size=64"/>',
  '    </transaction>',
  '  </group>',
  '</PROFILE>',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${String(d.code)}`);
}

describe('language server over stdio (uperf profiles opened as xml)', () => {
  const client = new LspTestClient();

  before(async () => {
    await client.initialize();
    await client.open(OTHER, 'xml', '<project><modelVersion>4.0.0</modelVersion></project>\n');
    await client.open(URI, 'xml', TEXT);
  });
  after(() => client.dispose());

  it('checks an xml document whose root is <profile> in any case, as uperf reads it', async () => {
    const diagnostics = await client.diagnostics(URI);
    assert.deepEqual(codes(diagnostics), ['7:44-54 uperf-unknown-symbol']);
    assert.equal(diagnostics[0].severity, 1);
    assert.match(diagnostics[0].codeDescription?.href ?? '', /docs\/rules\/uperf-unknown-symbol\.md$/);
  });

  it('leaves other XML alone', async () => {
    await client.diagnostics(URI);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: OTHER }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
  });

  it('offers the preferred fix that makes the flowop self-closing', async () => {
    const [unknown] = await client.diagnostics(URI);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: unknown.range, context: { diagnostics: [unknown], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Make the flowop self-closing and remove </flowop>');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit?.changes?.[URI], [{ range: unknown.range, newText: '/>' }]);
  });

  it('hovers an option key with the size in bytes', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 8, character: 37 } });
    assert.ok(hover);
    assert.ok((hover.contents as MarkupContent).value.endsWith('`size=64`: 64 bytes.'), JSON.stringify(hover.contents));
  });

  it('lists the environment variables the profile needs in a code lens on its first token', async () => {
    await client.diagnostics(URI);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(lenses?.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character, l.command?.title]), [
      [1, 0, 8, 'uperf needs $h set: h=… uperf -m <profile>'],
    ]);
  });
});
