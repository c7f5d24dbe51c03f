import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  HoverRequest,
  LSPErrorCodes,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from './lspClient';

const SMALL = ['net.ipv4.tcp_tw_recycle = 1', 'net.core.somaxconn = 4096', ''].join('\n');
const CLEAN = ['net.core.somaxconn = 4096', ''].join('\n');

/** A file big enough that validation spans many slices (distinct keys: no duplicate groups). */
function bigFile(lines: number): string {
  return Array.from({ length: lines }, (_, i) => (i % 3 === 0 ? `net.ipv4.conf.eth${i}.rp_filter = "1"` : `# comment ${i}`)).join('\n');
}

const codes = (d: Diagnostic[]) => d.map((x) => x.code).sort();

function change(client: LspTestClient, uri: string, version: number, text: string): Promise<void> {
  return client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

describe('server resilience over the protocol', () => {
  const client = new LspTestClient();
  before(() => client.initialize());
  after(() => client.dispose());

  it('open publishes at once, not after the typing delay (the open is not re-debounced by its change event)', async () => {
    // The first document pays for loading the key tables; the promise is about every open after it.
    await client.open('file:///r/warm-up.conf', 'sysctl', SMALL);
    await client.diagnostics('file:///r/warm-up.conf');
    const uri = 'file:///r/open.conf';
    const start = performance.now();
    await client.open(uri, 'sysctl', SMALL);
    const diagnostics = await client.diagnostics(uri);
    const ms = performance.now() - start;
    assert.deepEqual(codes(diagnostics), ['sysctl-removed-key']);
    // The old fixed 200 ms delay made this ~205 ms; the bound leaves room for a busy shared machine.
    assert.ok(ms < 150, `open → diagnostics took ${ms.toFixed(0)} ms`);
  });

  it('a re-didOpen of the same URI and version with other text publishes the new text’s diagnostics', async () => {
    const uri = 'file:///r/reopen.conf';
    await client.open(uri, 'sysctl', SMALL);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['sysctl-removed-key']);
    await client.open(uri, 'sysctl', CLEAN);
    assert.deepEqual(await client.diagnostics(uri, (d) => d.length === 0), []);
  });

  it('a burst of 1,000 didChange coalesces and ends with the latest version only, in order', async () => {
    const uri = 'file:///r/burst.conf';
    await client.open(uri, 'sysctl', CLEAN);
    await client.diagnostics(uri);
    const from = client.published.length;
    for (let version = 2; version <= 1001; version += 1) {
      void change(client, uri, version, version === 1001 ? SMALL : `${CLEAN}# edit ${version}\n`);
    }
    const last = await client.diagnostics(uri, (_d, p) => p.version === 1001);
    assert.deepEqual(codes(last), ['sysctl-removed-key']);
    const versions = client.published.slice(from).filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only go up');
    assert.ok(versions.length < 100, `${versions.length} publishes for 1,000 changes`);
  });

  it('a cancelled long code-action request answers RequestCancelled, and other requests are not blocked', async () => {
    const uri = 'file:///r/big.conf';
    const text = bigFile(60_000);
    await client.open(uri, 'sysctl', text);
    await client.diagnostics(uri);
    await change(client, uri, 2, `${text}\n# edit`);
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(
      CodeActionRequest.type,
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.kvmtune'] } },
      source.token,
    );
    source.cancel();
    await assert.rejects(request, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    await client.open('file:///r/other.conf', 'sysctl', SMALL);
    await client.diagnostics('file:///r/other.conf');
    const start = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///r/other.conf' }, position: { line: 0, character: 10 } });
    assert.ok(performance.now() - start < 1_000, 'hover answered within the request cap');
    await client.diagnostics(uri, (_d, p) => p.version === 2);
  });

  it('close mid-validation publishes the empty list last; a re-open gets fresh diagnostics', async () => {
    const uri = 'file:///r/close.conf';
    await client.open(uri, 'sysctl', bigFile(60_000));
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.diagnostics(uri, (d, p) => d.length === 0 && p.version === undefined);
    await client.open(uri, 'sysctl', SMALL);
    assert.deepEqual(codes(await client.diagnostics(uri, (d) => d.length > 0)), ['sysctl-removed-key']);
    const afterClose = client.published.filter((p) => p.uri === uri).slice(-1)[0];
    assert.equal(afterClose.diagnostics.length, 1, 'no stale big-file publish after the re-open');
  });

  it('a configuration change mid-validation ends with diagnostics under the new settings', async () => {
    const uri = 'file:///r/config.conf';
    const text = `${bigFile(30_000)}\nnet.ipv4.tcp_tw_recycle = 1\n`;
    await client.open(uri, 'sysctl', text);
    await client.changeSettings({ rules: { 'sysctl-quoted-value': 'off', 'sysctl-removed-key': 'off' } });
    const last = await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'sysctl-quoted-value' || x.code === 'sysctl-removed-key'));
    assert.ok(Array.isArray(last));
    await client.changeSettings({});
  });

  it('an XML file that stops being ours (its root changed) has its old diagnostics cleared', async () => {
    const uri = 'file:///r/profile.xml';
    const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'uperf', 'rules', 'uperf-dropped-option.xml'), 'utf8');
    await client.open(uri, 'xml', text);
    assert.ok((await client.diagnostics(uri, (d) => d.length > 0)).length > 0);
    await change(client, uri, 2, text.replace('<profile', '<notaprofile').replace('</profile>', '</notaprofile>'));
    assert.deepEqual(await client.diagnostics(uri, (_d, p) => p.version === 2), []);
  });
});
