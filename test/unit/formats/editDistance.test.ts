import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../../server/src/formats/editDistance';

/** The textbook full-matrix Levenshtein distance, for comparison. */
function reference(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

describe('editDistance', () => {
  it('equals the full-matrix distance (capped at budget + 1), call after call with rows kept between calls, with and without a common prefix and suffix', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const word = (max: number) => Array.from({ length: random(max) }, () => 'abc_'[random(4)]).join('');
    for (let k = 0; k < 5_000; k += 1) {
      // Now and then a name longer than the kept rows, then short ones again.
      // Often with a common prefix and suffix, which the search leaves out.
      const [prefix, suffix] = k % 3 === 0 ? [word(12), word(6)] : ['', ''];
      const a = prefix + (k % 500 === 0 ? word(400) : word(14)) + suffix;
      const b = prefix + (k % 700 === 0 ? word(400) : word(14)) + suffix;
      const budget = [0, 1, 2, 3, Number.POSITIVE_INFINITY][random(5)];
      const exact = reference(a, b);
      assert.equal(editDistance(a, b, budget), exact <= budget ? exact : budget + 1, `${a} ${b} ${budget}`);
    }
  });
});
