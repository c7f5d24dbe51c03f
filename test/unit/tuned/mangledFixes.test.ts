// The missing-section-header fixes on input the fuzz suite mangled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintTuned } from './lint';

const header = (text: string) => lintTuned(text).filter((f) => f.ruleId === 'tuned-missing-section-header');

describe('tuned-missing-section-header fixes on mangled input', () => {
  it('a double BOM is one finding over both marks, and its fix removes both', () => {
    const [finding] = header('\uFEFF\uFEFF[main]\nsummary=x\n');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
    assert.deepEqual(finding.fixes, [{ title: 'Remove the byte order mark', edits: [{ range: finding.range, newText: '' }], isPreferred: true }]);
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
