// The missing-section-header fixes on input the fuzz suite mangled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tunedSupport } from '../../../server/src/languages/tuned/support';
import { lintTuned, settingsWith, tunedDoc } from './lint';

const header = (text: string) => lintTuned(text).filter((f) => f.ruleId === 'tuned-missing-section-header');

describe('tuned-missing-section-header fixes on mangled input', () => {
  it('a double BOM is one finding over both marks, and its fix removes both', () => {
    const [finding] = header('\uFEFF\uFEFF[main]\nsummary=x\n');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
    assert.deepEqual(finding.fixes, [{ title: 'Remove the byte order mark', edits: [{ range: finding.range, newText: '' }], isPreferred: true }]);
  });

  it('any number of BOMs is one finding over all of them (the long fuzz run saved a file of 566 and nothing else)', () => {
    const [finding] = header(`${'\uFEFF'.repeat(566)}[main]\nsummary=x\n`);
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 566 } });
    assert.deepEqual(header('\uFEFF'.repeat(566)).map((f) => f.range.end.character), [566]);
  });

  it('a misplaced tunable set twice on the last two lines: the move removes both as one run (one by one the removals overlapped)', () => {
    const text = '[main]\nsummary=x\n[sysctl]\nnet.core.rmem_max=1\nkernel.halt_poll_ns=1\nkernel.halt_poll_ns=2';
    const [misplaced] = lintTuned(text).filter((f) => f.ruleId === 'tuned-misplaced-setting');
    const move = misplaced.fixes!.find((f) => f.title === 'Move to [modules] as kvm=halt_poll_ns=2')!;
    assert.deepEqual(move.edits[0], { range: { start: { line: 3, character: 19 }, end: { line: 5, character: 21 } }, newText: '' });
    assert.equal(TextDocument.applyEdits(tunedDoc(text), move.edits), '[main]\nsummary=x\n[sysctl]\nnet.core.rmem_max=1\n\n[modules]\nkvm=halt_poll_ns=2\n');
  });

  it('settings before any header get the preferred [main] fix, with the file\'s line ending', () => {
    const [finding] = header('summary=x\r\n[sysctl]\r\nnet.core.rmem_max=1\r\n');
    assert.deepEqual(finding.fixes, [{ title: 'Insert a [main] header above', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '[main]\r\n' }], isPreferred: true }]);
  });

  it('text that would be invalid lines under a header (a pasted script, a half-typed section) keeps the diagnostic without the fix', () => {
    const [script] = header('import os\nfor f in files:\n');
    assert.deepEqual([script.range, script.fixes], [{ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, undefined]);
    const [halfTyped] = header('[main \nre thsum\n');
    assert.equal(halfTyped.fixes, undefined);
  });

  it('a plugin rename renames every repeated header of the section (configparser merges them)', () => {
    const [finding] = lintTuned('[main]\nsummary=x\n[sysctll]\nnet.core.rmem_max=1\n[sysctll]\nnet.core.wmem_max=1\n').filter((f) => f.ruleId === 'tuned-unknown-plugin');
    assert.deepEqual(finding.fixes?.map((f) => f.edits), [[
      { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 8 } }, newText: 'sysctl' },
      { range: { start: { line: 4, character: 1 }, end: { line: 4, character: 8 } }, newText: 'sysctl' },
    ]]);
  });
});

describe('fixes on a repeated option name rewrite every line of it (fixing only the winner hands the finding to the line before)', () => {
  const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

  it('tuned-modprobe-line: both pasted `options kvm …` lines become kvm=…', () => {
    const [finding] = lintTuned('[main]\nsummary=x\n[modules]\noptions kvm halt_poll_ns=1\noptions kvm halt_poll_ns=80000\n').filter((f) => f.ruleId === 'tuned-modprobe-line');
    assert.deepEqual(finding.fixes, [{
      title: "Change to 'kvm=halt_poll_ns=80000' (and the 1 earlier line of this name)",
      edits: [{ range: at(3, 0, 26), newText: 'kvm=halt_poll_ns=1' }, { range: at(4, 0, 30), newText: 'kvm=halt_poll_ns=80000' }],
      isPreferred: true,
    }]);
  });

  it('tuned-unknown-option: the did-you-mean renames both `includes` lines', () => {
    const [finding] = lintTuned('[main]\nincludes=virtual-host\n[main]\nincludes=network-latency\n').filter((f) => f.ruleId === 'tuned-unknown-option');
    assert.deepEqual(finding.fixes?.map((f) => [f.title, f.edits]), [[
      "Change to 'include' (and the 1 earlier line of this name)",
      [{ range: at(1, 0, 8), newText: 'include' }, { range: at(3, 0, 8), newText: 'include' }],
    ]]);
  });
});

describe('appending a section after a last line that ends in a lone CR', () => {
  it('the add-paper-settings action goes on with CR, so no CRLF appears in a file that had none', () => {
    const text = '[main]\nsummary=x\r';
    const doc = tunedDoc(text);
    const [action] = tunedSupport.sourceActions!(doc, tunedSupport.parse(doc), settingsWith(), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const edits = action.edit!.changes![doc.uri];
    const appended = edits[edits.length - 1].newText;
    assert.ok(appended.startsWith('\r['), JSON.stringify(appended));
    assert.ok(!`${text}${appended}`.includes('\r\n'), JSON.stringify(appended));
  });
});

describe('a [sysctl] option that indented lines continue', () => {
  const sysctlFindings = (text: string) => lintTuned(text).filter((f) => f.ruleId.startsWith('sysctl-')).map((f) => [f.ruleId, f.range.start.line]);

  it('still has its key checked, and its first line read as the kernel reads it', () => {
    assert.deepEqual(sysctlFindings('[sysctl]\nnet.core.wmem_ma\u0013=4136960\n  net.ipv4.tcp_tw_reuse=1\n'), [['sysctl-unknown-key', 1]]);
    assert.deepEqual(sysctlFindings('[sysctl]\nnet.core.rmem_max=4\u001036960\n    [net]\n'), [['sysctl-invalid-value', 1]]);
  });

  it('a good first line gives no value finding (the kernel stops reading the number at the line break)', () => {
    assert.deepEqual(sysctlFindings('[sysctl]\nnet.core.wmem_max=4136960\n  net.ipv4.tcp_tw_reuse=1\n'), []);
  });

  it('so removing the indentation exposes no error that was not reported before', () => {
    const text = '[sysctl]\nnet.core.wmem_ma\u0013=4136960\n  net.ipv4.tcp_tw_reuse=1\n';
    const before = sysctlFindings(text);
    assert.deepEqual(sysctlFindings(text.replace('  net.ipv4', 'net.ipv4')), before);
  });
});

describe('tuned-continuation-line on an indented section header', () => {
  const fixesOf = (text: string) => lintTuned(text).filter((f) => f.ruleId === 'tuned-continuation-line').map((f) => f.fixes?.map((x) => x.title) ?? []);

  it('offers "Remove the indentation" when the section it starts reads cleanly', () => {
    assert.deepEqual(fixesOf('[sysctl]\nnet.core.rmem_max=4136960\n    [net]\ntxqueuelen=2500\n'), [['Remove the indentation']]);
  });

  it('not when the indented lines after it, no longer continuing the value, would become invalid lines', () => {
    // The second finding is that plain line's own (its fix makes an error on the line it edits only).
    assert.deepEqual(fixesOf('[sysctl]\nnet.core.rmem_max=4136960\n    [net]\n   not a setting\n'), [[], ['Remove the indentation']]);
  });
});

describe('tuned-continuation-line on an indented setting', () => {
  const fixesOf = (text: string) => lintTuned(text).filter((f) => f.ruleId === 'tuned-continuation-line').map((f) => f.fixes?.map((x) => x.title) ?? []);

  it('offers "Remove the indentation" when the value it leaves behind reads cleanly', () => {
    assert.deepEqual(fixesOf('[sysctl]\nnet.core.rmem_max=4136960\n    net.core.wmem_max=4136960\n'), [['Remove the indentation']]);
  });

  it('plain indented text under a [sysctl] value: offered unless the value it ends is then an error (a second fuzz find: \'>\' on a key of three numbers)', () => {
    assert.deepEqual(fixesOf('[sysctl]\nnet.core.rmem_max=4136960\n  some words\n'), [['Remove the indentation']]);
    assert.deepEqual(fixesOf('[sysctl]\nnet.ipv4.tcp_mem=>1 2 3\n  some words\n'), [[]]);
  });

  it('not when the value it ends is then an error of its own (the final long fuzz run: single quotes the kernel rejects)', () => {
    const text = "[sysctl]\nnet.ipv4.tcp_wmem='4096 16384 4136960'\n    net.core.wmem_max=4136960\n";
    assert.deepEqual(fixesOf(text), [[]]);
    const unindented = lintTuned(text.replace('    net.core', 'net.core')).filter((f) => f.severity === 'error');
    assert.deepEqual(unindented.map((f) => [f.ruleId, f.range.start.line]), [['tuned-sysctl-value', 1]]);
  });
});

describe('sysctl fixes on a key assigned more than once in [sysctl] (repeated headers merge)', () => {
  it("sysctl-unknown-key's rename renames every assignment of the key, so fix-all ends in one pass", () => {
    const [finding] = lintTuned('[sysctl]\nnet.ipv4.tcp_tw_reuze=1\n[sysctl]\nnet.ipv4.tcp_tw_reuze=1\n').filter((f) => f.ruleId === 'sysctl-unknown-key');
    const rename = finding.fixes?.find((f) => f.title === "Change to 'net.ipv4.tcp_tw_reuse'");
    assert.deepEqual(rename?.edits.map((e) => [e.range.start.line, e.newText]), [[1, 'net.ipv4.tcp_tw_reuse'], [3, 'net.ipv4.tcp_tw_reuse']]);
  });
});

describe('a byte order mark and a setting before any header further down', () => {
  it('both are reported, so removing the mark reveals nothing new', () => {
    assert.deepEqual(header('\uFEFF\n  summary=x\n[sysctl]\n').map((f) => [f.range.start.line, f.fixes?.[0]?.title]), [[0, 'Remove the byte order mark'], [1, 'Insert a [main] header above']]);
  });

  it('on the mark\'s own line it stays one finding', () => {
    assert.deepEqual(header('\uFEFFsummary=x\n[sysctl]\n').map((f) => f.range.start.line), [0]);
  });
});
