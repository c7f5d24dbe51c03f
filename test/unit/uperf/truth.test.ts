import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixtureFindings } from './lint';

/** What uperf c93e902 did with each fixture (test/fixtures/uperf/truth/README.md says how it was run). */
const VERDICTS = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'uperf', 'truth', 'verdicts.json'), 'utf8')) as Record<string, { verdict: string; exit: number; 'uperf says': string }>;

describe('uperf truth: kvmtune errors exactly on the fixtures a real uperf did not accept', () => {
  it('covers every fixture', () => {
    const expected = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'uperf', 'expected.json'), 'utf8')) as Record<string, string[]>;
    assert.deepEqual(Object.keys(VERDICTS).sort(), Object.keys(expected).sort());
  });

  for (const [file, truth] of Object.entries(VERDICTS)) {
    it(`${file}: uperf ${truth.verdict}${truth['uperf says'] ? ` (${truth['uperf says']})` : ''}`, () => {
      const errors = fixtureFindings(file).filter((line) => line.includes(' error '));
      if (truth.verdict === 'accepted') assert.deepEqual(errors, []);
      else assert.ok(errors.length > 0, `uperf: ${truth.verdict}, kvmtune: no error`);
    });
  }
});
