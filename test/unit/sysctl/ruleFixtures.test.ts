import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sysctlRules } from '../../../server/src/languages/sysctl/rules';
import { severityName } from '../../../server/src/service/diagnostics';
import { normalizeSettings } from '../../../server/src/service/settings';
import { fixtureExpectations as expectations } from '../fixtureMarks';
import { lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sysctl', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

describe('sysctl rule fixtures (test/fixtures/sysctl/rules/<id>.conf)', () => {
  it('every rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = sysctlRules.map((r) => r.id).sort();
    const fixtures = readdirSync(FIXTURES).map((f) => f.replace(/\.conf$/, '')).sort();
    assert.deepEqual(fixtures, ids);
    for (const id of ids) assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
  });

  for (const rule of sysctlRules) {
    it(`${rule.id} reports exactly the marked ranges with the marked severities`, () => {
      const text = readFileSync(join(FIXTURES, `${rule.id}.conf`), 'utf8');
      const { expected, settings } = expectations(text);
      assert.ok(expected.length > 0, 'fixture marks no line');
      const found = lint(text, normalizeSettings(settings))
        .filter((d) => d.code === rule.id)
        .map(({ range: { start, end }, severity }) => `${start.line}:${start.character}-${end.line}:${end.character} ${severityName(severity)}`);
      assert.deepEqual(found, expected);
    });
  }
});
