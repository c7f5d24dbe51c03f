import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, fixAllText, minimalEdit, preferredEdits } from '../../../server/src/service/fixes';
import type { KvmDiagnostic } from '../../../server/src/service/types';
import { tenfoldRatio } from '../../support/growth';

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

describe('fix-all edit selection', () => {
  it('leaves out a fix whose own edits overlap (no editor applies it) and takes the others', () => {
    const selfOverlapping: KvmDiagnostic = { range: range(0, 0, 1), message: 'm', data: { ruleId: 'r', fixes: [{ title: 't', isPreferred: true, edits: [{ range: range(0, 0, 3), newText: '' }, { range: range(0, 2, 4), newText: '' }] }] } };
    const edits = preferredEdits([selfOverlapping, diagnostic(range(1, 0, 1), 'Y')]);
    assert.deepEqual(edits.map((e) => e.newText), ['Y']);
    const doc = TextDocument.create('file:///a', 'ifcfg', 1, 'abcdef\nxyz\n');
    assert.equal(applyEdits(doc, edits), 'abcdef\nYyz\n');
  });


  it('keeps an insert at column 0 beside a replacement later on the same line, sorted for applyEdits', () => {
    const edits = preferredEdits([diagnostic(range(0, 4, 6), 'Z'), diagnostic(range(0, 0, 0), '# '), diagnostic(range(0, 0, 0), '; ')]);
    assert.deepEqual(edits.map((e) => e.newText), ['# ', 'Z']);
    const doc = TextDocument.create('file:///a', 'sysctl', 1, 'abcdef\n');
    assert.equal(applyEdits(doc, edits), '# abcdZ\n');
  });

  it('allows an insert at the start of a deleted range and a deletion ending where the next edit starts', () => {
    const edits = preferredEdits([diagnostic(range(0, 0, 1), ''), diagnostic(range(0, 0, 0), '# '), diagnostic(range(0, 1, 3), 'X')]);
    const doc = TextDocument.create('file:///a', 'sysctl', 1, '\uFEFFab\n');
    assert.equal(applyEdits(doc, edits), '# X\n');
  });

  it('chooses among 30,000 fixes in linear-ish time (sorted, binary-searched overlap check)', () => {
    const many = (n: number) => Array.from({ length: n }, (_, line) => diagnostic(range(line, 0, 1), ''));
    assert.equal(preferredEdits(many(30_000)).length, 30_000);
    const ratio = tenfoldRatio((n) => {
      const input = many(n);
      return () => preferredEdits(input);
    }, 10_000);
    assert.ok(ratio < 50, `10× the fixes took ${ratio.toFixed(1)}× the time`);
  });

  it('chooses what checking every chosen edit would choose, for fixes in any order and of any shape', () => {
    type Edit = ReturnType<typeof preferredEdits>[number];
    const at = (p: { line: number; character: number }) => p.line * 100 + p.character;
    const isInsert = (e: Edit) => at(e.range.start) === at(e.range.end);
    const conflict = (a: Edit, b: Edit) =>
      isInsert(a) && isInsert(b) ? at(a.range.start) === at(b.range.start) : at(a.range.start) < at(b.range.end) && at(b.range.start) < at(a.range.end);
    // The definition spelled out: fixes by first position (then order), each taken when none of its edits conflicts with any taken edit.
    const reference = (diagnostics: KvmDiagnostic[]) => {
      const fixes = diagnostics
        .map((d, order) => ({ edits: [...d.data.fixes[0].edits].sort((a, b) => at(a.range.start) - at(b.range.start) || at(a.range.end) - at(b.range.end)), order }))
        .sort((a, b) => at(a.edits[0].range.start) - at(b.edits[0].range.start) || a.order - b.order);
      const chosen: Edit[] = [];
      for (const fix of fixes) if (!fix.edits.some((e) => chosen.some((c) => conflict(c, e)))) chosen.push(...fix.edits);
      return chosen.sort((a, b) => at(a.range.start) - at(b.range.start) || at(a.range.end) - at(b.range.end));
    };
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 300; round += 1) {
      const diagnostics = Array.from({ length: 1 + random(8) }, () => {
        // A fix's own edits never overlap (applyEdits would refuse them): a second one goes on a later line.
        const first = random(3);
        const edits = Array.from({ length: 1 + random(2) }, (_, i) => {
          const start = random(5);
          return { range: range(first + i * (1 + random(2)), start, start + random(6)), newText: 'x' };
        });
        return { range: edits[0].range, message: 'm', data: { ruleId: 'r', fixes: [{ title: 't', isPreferred: true, edits }] } } as KvmDiagnostic;
      });
      const key = (edits: Edit[]) => edits.map((e) => `${at(e.range.start)}-${at(e.range.end)}`).join(' ');
      assert.equal(key(preferredEdits(diagnostics)), key(reference(diagnostics)), JSON.stringify(diagnostics.map((d) => d.data.fixes[0].edits.map((e) => e.range))));
    }
  });

  it('applies edits as TextDocument.applyEdits does, in order or not, and throws on the same overlaps', () => {
    const doc = TextDocument.create('file:///a', 'sysctl', 1, 'ab\ncd\r\nef');
    const edit = (line: number, start: number, end: number, newText: string) => ({ range: range(line, start, end), newText });
    const reversed = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 0 } }, newText: 'R' };
    const lists = [
      [edit(0, 0, 0, '#'), edit(0, 0, 1, 'A'), edit(1, 1, 2, ''), edit(2, 2, 2, '!')],
      [edit(2, 0, 1, 'E'), edit(0, 1, 2, 'B')],
      [edit(0, 0, 0, 'x'), edit(0, 0, 0, 'y')],
      [reversed, edit(2, 0, 0, '>')],
      [],
    ];
    for (const edits of lists) assert.equal(applyEdits(doc, edits), TextDocument.applyEdits(doc, [...edits]), JSON.stringify(edits));
    const overlapping = [edit(0, 0, 2, 'X'), edit(0, 1, 1, 'Y')];
    assert.throws(() => TextDocument.applyEdits(doc, [...overlapping]), /Overlapping/);
    assert.throws(() => applyEdits(doc, overlapping), /Overlapping/);
  });

  it('repeats until nothing changes, and stops at a text it has seen (no flip-flop)', () => {
    const doc = TextDocument.create('file:///a', 'sysctl', 1, 'aaaa');
    // Each pass turns the first 'a' into 'b': four passes, then nothing to fix.
    const firstA = (d: TextDocument) => {
      const at = d.getText().indexOf('a');
      return at < 0 ? [] : [diagnostic(range(0, at, at + 1), 'b')];
    };
    assert.deepEqual(fixAllText(doc, firstA), { text: 'bbbb', passes: 4 });
    const flip = (d: TextDocument) => [diagnostic(range(0, 0, 1), d.getText()[0] === 'x' ? 'y' : 'x')];
    assert.deepEqual(fixAllText(TextDocument.create('file:///b', 'sysctl', 1, 'x'), flip), { text: 'y', passes: 1 });
  });

  it('turns a multi-pass result into one edit between the common prefix and suffix, never splitting CRLF', () => {
    const doc = TextDocument.create('file:///a', 'sysctl', 1, 'k=1\r\nx=2\r\n');
    const edit = minimalEdit(doc, 'k=1\r\ny=2\r\n')!;
    assert.deepEqual(edit, { range: range(1, 0, 1), newText: 'y' });
    const crlf = minimalEdit(TextDocument.create('file:///b', 'sysctl', 1, 'a\r\nb'), 'a\nb')!;
    assert.equal(TextDocument.applyEdits(TextDocument.create('file:///b', 'sysctl', 1, 'a\r\nb'), [crlf]), 'a\nb');
  });
});
