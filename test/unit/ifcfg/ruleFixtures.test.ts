import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ifcfgRules } from '../../../server/src/languages/ifcfg/rules';
import { brief, expectations, lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ifcfg', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

describe('ifcfg rule fixtures (test/fixtures/ifcfg/rules/<id>.ifcfg)', () => {
  it('every rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = ifcfgRules.map((r) => r.id).sort();
    assert.deepEqual(readdirSync(FIXTURES).filter((f) => f.endsWith('.ifcfg')).map((f) => f.replace(/\.ifcfg$/, '')).sort(), ids);
    for (const id of ids) assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
  });

  for (const rule of ifcfgRules) {
    it(`${rule.id} reports exactly the marked ranges and severities`, () => {
      const text = readFileSync(join(FIXTURES, `${rule.id}.ifcfg`), 'utf8');
      const { expected, settings } = expectations(text, rule.id);
      assert.ok(expected.length > 0, 'fixture marks nothing');
      assert.deepEqual(lint(text, settings).filter((d) => d.code === rule.id).map(brief), expected);
    });
  }
});
