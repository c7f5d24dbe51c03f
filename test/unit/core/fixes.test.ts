import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, preferredEdits } from '../../../server/src/service/fixes';
import type { KvmDiagnostic } from '../../../server/src/service/types';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function diagnostic(r: ReturnType<typeof range>, newText: string, preferred = true): KvmDiagnostic {
  return { range: r, message: 'm', data: { ruleId: 'r', fixes: [{ title: 't', isPreferred: preferred, edits: [{ range: r, newText }] }] } };
}

describe('fix-all edits', () => {
  it('takes preferred fixes only and skips overlapping ones', () => {
    const edits = preferredEdits([
      diagnostic(range(0, 0, 3), 'AAA'),
      diagnostic(range(0, 2, 5), 'overlap'),
      diagnostic(range(1, 0, 1), 'x', false),
      diagnostic(range(1, 2, 3), 'Z'),
    ]);
    assert.deepEqual(edits.map((e) => e.newText), ['AAA', 'Z']);
    const doc = TextDocument.create('file:///a', 'sysctl', 1, 'abcdef\nxyzw\n');
    assert.equal(applyEdits(doc, edits), 'AAAdef\nxyZw\n');
  });
});
