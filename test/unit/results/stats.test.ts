import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incompleteBeta, logGamma, mean, median, stddevPct, studentTTwoSided, variance, welchTTest } from '../../../engine/results/stats';
import { close } from './helpers';

describe('statistics', () => {
  it('mean, sample variance (N−1), CoV %, median', () => {
    assert.equal(mean([]), null);
    assert.equal(mean([1, 2, 3, 4]), 2.5);
    // Σ(x−2.5)² = 2.25+0.25+0.25+2.25 = 5 → /3
    close(variance([1, 2, 3, 4]), 5 / 3);
    assert.equal(variance([7]), null);
    close(stddevPct([1, 2, 3, 4]), (Math.sqrt(5 / 3) / 2.5) * 100);
    assert.equal(stddevPct([0, 0]), null);
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('log-gamma and the regularized incomplete beta', () => {
    close(logGamma(5), Math.log(24), 1e-12);
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
    // I_x(1,1) = x; I_x(2,1) = x²; I_0.5(a,a) = 0.5
    close(incompleteBeta(0.3, 1, 1), 0.3, 1e-12);
    close(incompleteBeta(0.3, 2, 1), 0.09, 1e-12);
    close(incompleteBeta(0.5, 7.5, 7.5), 0.5, 1e-12);
  });

  it('Student t two-sided tail against scipy.stats.t.sf(|t|, df) * 2', () => {
    // Student t with df = 1 is Cauchy: P(|T| ≥ 1) = 1 − 2·atan(1)/π = 0.5
    close(studentTTwoSided(1, 1), 0.5, 1e-12);
    close(studentTTwoSided(2, 3), 0.13932596855884305, 1e-9);
    close(studentTTwoSided(1.5, 7.3), 0.1755630928030861, 1e-9);
  });

  it('Welch t-test against scipy.stats.ttest_ind(a, b, equal_var=False)', () => {
    const cases: Array<[number[], number[], number, number]> = [
      [[1, 2, 3, 4, 5], [2, 4, 6, 8, 10], -1.8973665961010275, 0.10753119493062728],
      [[10.1, 10.3], [11.0, 11.4], -4.472135954999572, 0.07921020871046336],
      [[100, 101, 99, 100.5], [103, 104, 102.5], -4.9555629031055615, 0.004948606143320073],
    ];
    for (const [a, b, t, p] of cases) {
      const r = welchTTest(a, b);
      assert.ok(r);
      close(r.t, t, 1e-9, 't');
      close(r.pValue, p, 1e-8, 'p');
    }
    assert.equal(welchTTest([5, 5.1], [5, 5.1])?.pValue, 1);
    assert.equal(welchTTest([1], [1, 2]), null);
    assert.deepEqual(welchTTest([2, 2], [3, 3])?.pValue, 0);
  });
});
