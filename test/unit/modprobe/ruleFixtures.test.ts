import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { modprobeRules } from '../../../server/src/languages/modprobe/rules';
import { brief, expectations, lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'modprobe', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

describe('modprobe rule fixtures (test/fixtures/modprobe/rules/<id>.conf)', () => {
  it('every rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = modprobeRules.map((r) => r.id).sort();
    assert.deepEqual(readdirSync(FIXTURES).map((f) => f.replace(/\.conf$/, '')).sort(), ids);
    for (const id of ids) assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
  });

  for (const rule of modprobeRules) {
    it(`${rule.id} reports exactly the marked ranges and severities`, () => {
      const text = readFileSync(join(FIXTURES, `${rule.id}.conf`), 'utf8');
      const { expected, settings } = expectations(text, rule.id);
      assert.ok(expected.length > 0, 'fixture marks nothing');
      assert.deepEqual(lint(text, settings).filter((d) => d.code === rule.id).map(brief), expected);
    });
  }
});
