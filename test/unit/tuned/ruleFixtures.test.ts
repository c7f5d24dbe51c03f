import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { tunedOwnRules } from '../../../server/src/languages/tuned/rules';
import { normalizeSettings } from '../../../server/src/service/settings';
import { fixtureExpectations as expectations } from '../fixtureMarks';
import { lintTuned } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'tuned', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');
describe('tuned rule fixtures (test/fixtures/tuned/rules/<id>.conf)', () => {
  it('every tuned rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = tunedOwnRules.map((r) => r.id).sort();
    assert.deepEqual(readdirSync(FIXTURES).map((f) => f.replace(/\.conf$/, '')).sort(), ids);
    for (const id of ids) assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
  });

  for (const rule of tunedOwnRules) {
    it(`${rule.id} reports exactly the marked ranges with the marked severities`, () => {
      const file = join(FIXTURES, `${rule.id}.conf`);
      const text = readFileSync(file, 'utf8');
      const { expected, settings } = expectations(text);
      assert.ok(expected.length > 0, 'fixture marks no line');
      const found = lintTuned(text, normalizeSettings(settings), pathToFileURL(file).toString())
        .filter((f) => f.ruleId === rule.id)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(({ range: { start, end }, severity }) => `${start.line}:${start.character}-${end.line}:${end.character} ${severity}`);
      assert.deepEqual(found, expected);
    });
  }
});
