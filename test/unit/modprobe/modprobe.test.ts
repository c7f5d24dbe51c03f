import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeCompletions } from '../../../server/src/languages/modprobe/completion';
import { computeHover } from '../../../server/src/languages/modprobe/hover';
import { defaultFor, findParam } from '../../../server/src/languages/modprobe/moduleParams';
import { parseModprobeText } from '../../../server/src/languages/modprobe/parser';
import { normalizeSettings } from '../../../server/src/service/settings';
import { applyFix, brief, lint, modprobeDoc } from './lint';

describe('modprobe parser', () => {
  it('joins continued lines and keeps document ranges for every word', () => {
    const { commands, commentLines } = parseModprobeText('# c\noptions kvm \\\n  halt_poll_ns=80000 \\\nhalt_poll_ns_grow=2\r\nblacklist x\n');
    assert.deepEqual(commentLines, [0]);
    assert.equal(commands.length, 2);
    const [options] = commands;
    assert.deepEqual([options.line, options.endLine], [1, 3]);
    assert.deepEqual(options.params.map((p) => [p.name, p.value, p.nameRange.start, p.valueRange]), [
      ['halt_poll_ns', '80000', { line: 2, character: 2 }, { start: { line: 2, character: 15 }, end: { line: 2, character: 20 } }],
      ['halt_poll_ns_grow', '2', { line: 3, character: 0 }, { start: { line: 3, character: 18 }, end: { line: 3, character: 19 } }],
    ]);
    assert.deepEqual(options.end, { line: 3, character: 19 });
  });

  it('survives junk', () => {
    assert.doesNotThrow(() => parseModprobeText('\\\n\\\r\u0000options "\\\n'.repeat(1000)));
  });
});

describe('modprobe halt_poll_ns (paper)', () => {
  it('adds halt_poll_ns=80000 after the module name of an options kvm line on s390x (default 50000); nothing on x86_64 or for streaming', () => {
    const text = 'options kvm halt_poll_ns_grow=2\n';
    const [d] = lint(text, { platform: 's390x' });
    assert.equal(brief(d), '0:8-11 warning modprobe-halt-poll-ns');
    assert.match(d.message, /s390x default 50000 ns/);
    assert.equal(d.data.fixes[0].isPreferred, false);
    assert.equal(applyFix(text, d), 'options kvm halt_poll_ns=80000 halt_poll_ns_grow=2\n');
    assert.deepEqual(lint(text, { platform: 'x86_64' }), []);
    assert.deepEqual(lint('options kvm halt_poll_ns=0\n', { workload: 'streaming' }), []);
  });

  it('adds the parameter before an unclosed quote at the end of the line, where it would join the quoted word', () => {
    const text = 'options kvm ign").\n';
    const d = lint(text, { platform: 's390x' }).find((x) => x.data.ruleId === 'modprobe-halt-poll-ns')!;
    const fixed = applyFix(text, d);
    assert.equal(fixed, 'options kvm halt_poll_ns=80000 ign").\n');
    assert.deepEqual(lint(fixed, { platform: 's390x' }).filter((x) => x.data.ruleId === 'modprobe-halt-poll-ns'), []);
  });

  it('raises a low value in place, keeping quotes', () => {
    const text = 'options kvm halt_poll_ns="0"\n';
    const [d] = lint(text);
    assert.match(d.message, /turns halt polling off/);
    assert.equal(applyFix(text, d), 'options kvm halt_poll_ns="80000"\n');
  });
});

describe('modprobe hover and completion', () => {
  const settings = normalizeSettings({ platform: 's390x' });
  it('hovers a parameter with per-architecture defaults, the platform in bold, and the paper', () => {
    const text = 'options kvm halt_poll_ns=80000\n';
    const h = computeHover(modprobeDoc(text), parseModprobeText(text), { line: 0, character: 15 }, settings);
    const value = (h?.contents as { value: string }).value;
    assert.match(value, /^\*\*kvm\.halt_poll_ns\*\* — uint, ns/);
    assert.match(value, /- Default: \*\*s390x 50000\*\*, x86_64 200000, aarch64 500000/);
    assert.match(value, /up to 35 %/);
    assert.match(value, /over-committed/);
    assert.deepEqual(h?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 30 } });
  });

  it("finds nothing for words and platforms named like Object's members (__proto__, constructor)", () => {
    for (const word of ['__proto__', 'constructor', 'toString']) {
      const text = `${word} kvm\n`;
      assert.equal(computeHover(modprobeDoc(text), parseModprobeText(text), { line: 0, character: 2 }, settings), null, word);
    }
    const poll = findParam('kvm', 'halt_poll_ns')!;
    for (const platform of ['__proto__', 'constructor', 'toString']) assert.equal(defaultFor(poll, platform), 'per architecture', platform);
  });

  it('completes commands, modules, parameters and values', () => {
    const at = (text: string) => computeCompletions(modprobeDoc(text), parseModprobeText(text), { line: 0, character: text.length }, settings).map((i) => i.label);
    assert.ok(at('opt').includes('options'));
    assert.ok(at('options vh').includes('vhost_net'));
    assert.deepEqual(at('options kvm ').slice(0, 2), ['halt_poll_ns', 'halt_poll_ns_grow']);
    assert.deepEqual(at('options kvm halt_poll_ns='), ['80000', '50000']);
    assert.ok(!computeCompletions(modprobeDoc('options kvm '), parseModprobeText(''), { line: 0, character: 12 }, normalizeSettings({ platform: 'x86_64' })).some((i) => i.label === 'halt_poll_max_steal'));
  });
});
