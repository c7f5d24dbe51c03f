import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../../server/src/languages';
import { createLanguageService } from '../../../server/src/service/languageService';
import { normalizeSettings } from '../../../server/src/service/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/service/types';

const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => id });
let n = 0;
const doc = (text: string) => TextDocument.create(`file:///q/${(n += 1)}.conf`, 'sysctl', 1, text);

/** Applies the preferred (else the first) fix of `ruleId` and returns the new text and that rule's diagnostics on it. */
function fixOnce(text: string, ruleId: string, settings: Settings = DEFAULT_SETTINGS): { after: string; left: number } {
  const d = doc(text);
  const diagnostic = service.validate(d, settings).find((x) => x.code === ruleId);
  assert.ok(diagnostic, `${ruleId} on ${JSON.stringify(text)}`);
  const fix = diagnostic.data.fixes.find((f) => f.isPreferred) ?? diagnostic.data.fixes[0];
  assert.ok(fix);
  const after = TextDocument.applyEdits(d, fix.edits);
  return { after, left: service.validate(doc(after), settings).filter((x) => x.code === ruleId).length };
}

describe('sysctl bugs found by the quality gates', () => {
  it('a value named constructor gets no Object prototype text in its hover', () => {
    const hover = service.hover(doc('net.ipv4.tcp_congestion_control = constructor\n'), { line: 0, character: 38 }, DEFAULT_SETTINGS);
    const value = hover && 'value' in (hover.contents as object) ? (hover.contents as { value: string }).value : '';
    assert.doesNotMatch(value, /native code|function Object/);
    assert.equal(value, 'Kernel default: `cubic`\n\nIBM paper: `cubic`');
  });

  it('a key named like an Object prototype member is no kernel key: its inline comment is judged as for any unknown key', () => {
    const severityOf = (text: string) => service.validate(doc(text), DEFAULT_SETTINGS).find((d) => d.code === 'sysctl-inline-comment')?.severity;
    for (const key of ['constructor', '__proto__', 'toString']) assert.equal(severityOf(`${key} = fq # x`), severityOf('foo = fq # x'), key);
  });

  it('`/ = 1` gives a symbol with a name (VS Code rejects empty names)', () => {
    assert.deepEqual(service.symbols(doc('/ = 1\n')).map((s) => s.name), ['/']);
  });

  it('tcp_limit_output_bytes 0 says "to nothing", never "Infinityx"', () => {
    const messages = service.validate(doc('net.ipv4.tcp_limit_output_bytes = 0\n'), normalizeSettings({ kernel: '6.8' })).map((d) => d.message);
    assert.ok(messages.some((m) => m.includes('LOWERS the TCP Small Queues limit to nothing')), messages.join('\n'));
    assert.ok(messages.every((m) => !m.includes('Infinity')));
  });

  it('fixes leave no diagnostic of their own rule behind', () => {
    assert.deepEqual(fixOnce(`t='"1"'\n`, 'sysctl-quoted-value'), { after: 't=1\n', left: 0 });
    assert.deepEqual(fixOnce('\uFEFF\uFEFFnet.core.somaxconn = 1\n', 'sysctl-unicode-space'), { after: 'net.core.somaxconn = 1\n', left: 0 });
    assert.deepEqual(fixOnce('sysctl sysctl -w net.core.somaxconn = 1\n', 'sysctl-unknown-key'), { after: 'net.core.somaxconn = 1\n', left: 0 });
    assert.deepEqual(fixOnce('net.ipv4.tcp_fin_timeout = 1\n', 'sysctl-tcp-fin-timeout', normalizeSettings({ environment: 'production' })), { after: 'net.ipv4.tcp_fin_timeout = 10\n', left: 0 });
  });

  it('a double BOM is one finding over both marks', () => {
    const found = service.validate(doc('\uFEFF\uFEFFnet.core.somaxconn = 1\n'), DEFAULT_SETTINGS).filter((d) => d.code === 'sysctl-unicode-space');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]), [[0, 0, 0, 2]]);
  });
});
