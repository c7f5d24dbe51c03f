import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { uperfRules } from '../../../server/src/languages/uperf/rules';

/*
 * One fixture per rule (test/fixtures/uperf/rules/<id>.xml) and one per uperf quirk
 * (test/fixtures/uperf/quirks/), with every finding kvmtune gives, ranges included, in
 * test/fixtures/uperf/expected.json. What uperf itself does with each file is in truth/.
 */

import { FIXTURES, fixtureFindings } from './lint';
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, string[]>;

describe('uperf rule and quirk fixtures', () => {
  it('every rule has a fixture, a docs page and fires in its own fixture; every fixture is listed', () => {
    const rules = readdirSync(join(FIXTURES, 'rules')).map((f) => f.replace(/\.xml$/, '')).sort();
    assert.deepEqual(rules, uperfRules.map((r) => r.id).sort());
    for (const id of rules) {
      assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
      assert.ok(EXPECTED[`rules/${id}.xml`].some((line) => line.endsWith(` ${id}`)), `${id} fires in its fixture`);
    }
    const files = ['rules', 'quirks'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((f) => `${dir}/${f}`)).sort();
    assert.deepEqual(Object.keys(EXPECTED).sort(), files);
  });

  for (const file of Object.keys(EXPECTED)) {
    it(`${file}: exactly the expected findings`, () => assert.deepEqual(fixtureFindings(file), EXPECTED[file]));
  }
});
