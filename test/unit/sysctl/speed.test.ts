import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sysctlSupport } from '../../../server/src/languages/sysctl/support';
import { editDistance } from '../../../server/src/formats/editDistance';
import { suggestKeys } from '../../../server/src/languages/sysctl/keyTable';
import { runRules } from '../../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS } from '../../../server/src/service/types';
import { tenfoldRatio } from '../../support/growth';

const validating = (text: string) => {
  const doc = TextDocument.create('file:///s.conf', 'sysctl', 1, text);
  return () => runRules(sysctlSupport, doc, sysctlSupport.parse(doc), DEFAULT_SETTINGS, (id) => id);
};

describe('sysctl stays linear', () => {
  it('one key repeated: duplicate grouping and value validation do not copy or re-validate per repeat', () => {
    const ratio = tenfoldRatio((n) => validating('net.core.somaxconn = 4096\n'.repeat(n)), 2_000);
    assert.ok(ratio < 50, `${ratio.toFixed(1)}×`);
    const findings = runRules(sysctlSupport, TextDocument.create('file:///d', 'sysctl', 1, 'a=b\n'.repeat(3)), sysctlSupport.parse(TextDocument.create('file:///d', 'sysctl', 1, 'a=b\n'.repeat(3))), DEFAULT_SETTINGS, (id) => id);
    assert.deepEqual(findings.filter((d) => d.code === 'sysctl-duplicate-key').map((d) => d.range.start.line), [0, 1]);
  });

  it('unknown keys: did-you-mean only compares names of a near length, and stops after 200 per file', () => {
    const unknown = (n: number) => Array.from({ length: n }, (_, i) => `net.ipv4.tcp_unknown_${i} = 1`).join('\n');
    const ratio = tenfoldRatio((n) => validating(unknown(n)), 500);
    assert.ok(ratio < 50, `${ratio.toFixed(1)}×`);
    assert.deepEqual(suggestKeys('net.ipv4.tcp_rmme'), ['net.ipv4.tcp_rmem']);
  });

  it('banded edit distance agrees with the full one within the budget', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 2), 3);
    assert.equal(editDistance('tcp_rmem', 'tcp_rmme', 2), 2);
    assert.equal(editDistance('abc', 'abc', 0), 0);
    assert.equal(editDistance('ab', 'abcd', 1), 2);
  });
});
