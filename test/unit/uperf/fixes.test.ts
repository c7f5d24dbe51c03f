import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintUperf } from './lint';

/** The text after applying the first fix of the first finding of `ruleId`, and whether it is preferred. */
function fixed(text: string, ruleId: string, index = 0): [string, boolean] {
  const finding = lintUperf(text).filter((f) => f.ruleId === ruleId)[index];
  const fix = finding?.fixes?.[0];
  assert.ok(fix, `no fix for ${ruleId}`);
  return [TextDocument.applyEdits(TextDocument.create('file:///p.xml', 'xml', 1, text), fix.edits), fix.isPreferred === true];
}

const wrap = (inner: string, tail = '\n') => `<profile>\r\n<group nthreads="1">\r\n<transaction>\r\n${inner}\r\n</transaction>\r\n</group>\r\n</profile>${tail}`;

describe('uperf quick fixes change only what they must', () => {
  it('</flowop>: self-closing instead, or the close tag removed (preferred)', () => {
    assert.deepEqual(fixed(wrap('<flowop type="nop"></flowop>'), 'uperf-unknown-symbol'), [wrap('<flowop type="nop"/>'), true]);
    assert.deepEqual(fixed(wrap('<flowop type="nop"/> </flowop>'), 'uperf-unknown-symbol'), [wrap('<flowop type="nop"/>'), true]);
  });

  it('</group >: the space goes', () => {
    const text = wrap('<flowop type="nop"/>').replace('</group>', '</group >');
    assert.deepEqual(fixed(text, 'uperf-unknown-symbol'), [wrap('<flowop type="nop"/>'), true]);
  });

  it('a missing final newline: the file\'s own end-of-line is appended', () => {
    assert.deepEqual(fixed(wrap('<flowop type="nop"/>', ''), 'uperf-missing-final-newline'), [wrap('<flowop type="nop"/>', '\r\n'), true]);
  });

  it('a stray </flowop> is a finding of its own, so removing it leaves the unknown tag after it as it was', () => {
    const findings = lintUperf(wrap('<flowop type="nop"/> </flowop>\r\n<flosaction>')).filter((f) => f.ruleId === 'uperf-unknown-symbol');
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.fixes?.length ?? 0]), [[3, 21, 3, 30, 1], [4, 0, 4, 12, 0]]);
  });

  it('no final-newline fix when the last token starts on an earlier line (an unclosed quote): reading its last byte would change that line', () => {
    const text = '<profile>\n<group nthreads="1">\n<transaction>\n<flowop type="nop" options="size=64\n\t wndsz=2k type="c';
    const [finding] = lintUperf(text).filter((f) => f.ruleId === 'uperf-missing-final-newline');
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
  });

  it('space after "=": removed', () => {
    const text = wrap('<flowop type="nop"/>').replace('nthreads="1"', 'nthreads= "1"');
    assert.deepEqual(fixed(text, 'uperf-space-after-equals'), [wrap('<flowop type="nop"/>'), true]);
  });

  it('tcp_nodelay is appended to the options, not preferred (paper advice)', () => {
    const text = wrap('<flowop type="connect" options="remotehost=$h protocol=tcp"/>\r\n</transaction>\r\n<transaction duration="300s">\r\n<flowop type="write" options="size=1"/>\r\n<flowop type="read" options="size=1"/>');
    const [after, preferred] = fixed(text, 'uperf-tcp-nodelay');
    assert.equal(after, text.replace('protocol=tcp"', 'protocol=tcp tcp_nodelay"'));
    assert.equal(preferred, false);
  });

  it('no tcp_nodelay fix when the options quote runs over lines (the word would land outside it)', () => {
    const text = wrap('<flowop type="connect" options="remotehost=$h\r\nprotocol=tcp"/>\r\n</transaction>\r\n<transaction duration="300s">\r\n<flowop type="write" options="size=1"/>\r\n<flowop type="read" options="size=1"/>');
    const [finding] = lintUperf(text).filter((f) => f.ruleId === 'uperf-tcp-nodelay');
    assert.ok(finding);
    assert.equal(finding.fixes, undefined);
  });

  it('iterations given twice next to a duration: Remove iterations removes both, so the finding goes', () => {
    const text = '<profile>\n<group nthreads="1">\n<transaction iterations="1" iterations="5" duration="2s">\n<flowop type="nop"/>\n</transaction>\n</group>\n</profile>\n';
    const [after] = fixed(text, 'uperf-iterations-and-duration');
    assert.equal(after, text.replace(' iterations="1" iterations="5"', ''));
    assert.deepEqual(lintUperf(after).filter((f) => f.ruleId === 'uperf-iterations-and-duration'), []);
  });

  it('"30m": milliseconds or minutes, neither preferred', () => {
    const text = wrap('<flowop type="think" options="duration=30m"/>');
    const finding = lintUperf(text).find((f) => f.ruleId === 'uperf-time-unit')!;
    assert.deepEqual(finding.fixes!.map((f) => [f.title, f.edits[0].newText, f.isPreferred ?? false]), [['Use 30ms (what uperf does now)', '30ms', false], ['Use 1800s (30 minutes)', '1800s', false]]);
  });

  it('a time glued on after "=" across a quote: the quote stays, so uperf reads the same tokens', () => {
    // uperf reads `duration=500ms>` (the `>` after the quote is glued on): 500 ms, "m" suffix.
    const text = wrap('<flowop type="think" options="x duration="500ms">\r\n<flowop type="nop"/>');
    const [after] = fixed(text, 'uperf-time-unit');
    assert.equal(after, wrap('<flowop type="think" options="x duration="500ms"\r\n<flowop type="nop"/>'));
    assert.equal(lintUperf(after).filter((f) => f.ruleId === 'uperf-time-unit').length, 0);
  });
});
