import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { disableNextLineComment, findSuppressions, isSuppressed } from '../../../server/src/service/suppression';
import { tenfoldRatio } from '../../support/growth';

describe('suppression comments', () => {
  it('disables listed rules on the next line only', () => {
    const s = findSuppressions('# kvmtune-disable-next-line rule-a, rule-b\nx = 1\ny = 2\n', 'hash');
    assert.equal(isSuppressed(s, 'rule-a', 1), true);
    assert.equal(isSuppressed(s, 'rule-b', 1), true);
    assert.equal(isSuppressed(s, 'rule-c', 1), false);
    assert.equal(isSuppressed(s, 'rule-a', 2), false);
  });

  it('stacks consecutive directives onto the first content line', () => {
    const s = findSuppressions('# kvmtune-disable-next-line rule-a\n# kvmtune-disable-next-line rule-b\nx = 1\n', 'hash');
    assert.equal(isSuppressed(s, 'rule-a', 2), true);
    assert.equal(isSuppressed(s, 'rule-b', 2), true);
  });

  it('disables a rule for the whole file, and every rule when no id is given', () => {
    const one = findSuppressions('x = 1\n; kvmtune-disable rule-a\n', 'hash');
    assert.equal(isSuppressed(one, 'rule-a', 0), true);
    assert.equal(isSuppressed(one, 'rule-b', 0), false);
    const all = findSuppressions('# kvmtune-disable\n', 'hash');
    assert.equal(isSuppressed(all, 'anything', 7), true);
  });

  it('ignores directives that are not comments', () => {
    const s = findSuppressions('kernel.x = kvmtune-disable rule-a\n', 'hash');
    assert.equal(isSuppressed(s, 'rule-a', 0), false);
  });

  it('reads XML comments and writes the right comment for each style', () => {
    const s = findSuppressions('  <!-- kvmtune-disable-next-line libvirt-a -->\n  <model type="e1000"/>\n', 'xml');
    assert.equal(isSuppressed(s, 'libvirt-a', 1), true);
    assert.equal(disableNextLineComment('r', 'xml', '  '), '  <!-- kvmtune-disable-next-line r -->\n');
    assert.equal(disableNextLineComment('r', 'hash', '\t'), '\t# kvmtune-disable-next-line r\n');
  });
});

describe('suppression parsing stays linear', () => {
  it('a directive followed by 100k blanks is linear (no regex backtracking) and disables every rule', () => {
    const s = findSuppressions(`# kvmtune-disable${' '.repeat(100_000)}\nx = 1\n`, 'hash');
    assert.equal(isSuppressed(s, 'any-rule', 1), true);
    const ratio = tenfoldRatio((n) => {
      const text = `# kvmtune-disable${' '.repeat(n)}\n`;
      return () => findSuppressions(text, 'hash');
    }, 100_000);
    assert.ok(ratio < 50, `${ratio.toFixed(1)}×`);
  });

  it('30,000 stacked disable-next-line directives all target the first content line after them', () => {
    const text = `${'# kvmtune-disable-next-line x\n'.repeat(30_000)}k = 1\n`;
    const s = findSuppressions(text, 'hash');
    assert.equal(isSuppressed(s, 'x', 30_000), true);
    assert.equal(s.lines.size, 1);
    const ratio = tenfoldRatio((n) => {
      const stacked = '# kvmtune-disable-next-line x\n'.repeat(n);
      return () => findSuppressions(stacked, 'hash');
    }, 10_000);
    assert.ok(ratio < 50, `${ratio.toFixed(1)}×`);
  });

  it('keeps a reason after " -- " out of the ids and reads ids before an XML comment end', () => {
    const s = findSuppressions('# kvmtune-disable-next-line rule-a -- rule-b is fine here\nx\n', 'hash');
    assert.equal(isSuppressed(s, 'rule-a', 1), true);
    assert.equal(isSuppressed(s, 'rule-b', 1), false);
    const x = findSuppressions('<!-- kvmtune-disable rule-c-->\n', 'xml');
    assert.deepEqual([...x.file], ['rule-c']);
    const word = findSuppressions('# kvmtune-disabled rule-a\n', 'hash');
    assert.equal(word.file.size, 0);
  });
});

describe('suppression comments on any mix of lines', () => {
  /** The plain reading: every line, from the last one up; a directive targets the next line that is not one. */
  function byEveryLine(text: string): { file: string[]; lines: [number, string[]][] } {
    const lines = text.split(/\r\n|\r|\n/);
    const file = new Set<string>();
    const targets = new Map<number, Set<string>>();
    let next = lines.length;
    for (let index = lines.length - 1; index >= 0; index -= 1) {
      const one = findSuppressions(lines[index], 'hash');
      const nextLine = one.lines.get(1);
      if (one.file.size === 0 && !nextLine) {
        next = index;
        continue;
      }
      one.file.forEach((id) => file.add(id));
      if (nextLine) targets.set(next, new Set([...(targets.get(next) ?? []), ...nextLine]));
    }
    return { file: [...file].sort(), lines: [...targets].map(([line, ids]) => [line, [...ids].sort()] as [number, string[]]).sort((a, b) => a[0] - b[0]) };
  }

  it('finds on the whole text what reading it line by line finds', () => {
    const pieces = ['# kvmtune-disable-next-line a', '# kvmtune-disable b, c', '# kvmtune-disable', 'k = 1 # kvmtune-disable-next-line d', '', '; kvmtune-disable-next-line e -- why', 'x = kvmtune-disable'];
    const breaks = ['\n', '\r\n', '\r'];
    const line = fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...breaks)).map(([piece, end]) => piece + end);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const text = lines.join('');
        const found = findSuppressions(text, 'hash');
        const actual = { file: [...found.file].sort(), lines: [...found.lines].map(([at, ids]) => [at, [...ids].sort()] as [number, string[]]).sort((a, b) => a[0] - b[0]) };
        assert.deepEqual(actual, byEveryLine(text), JSON.stringify(text));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
