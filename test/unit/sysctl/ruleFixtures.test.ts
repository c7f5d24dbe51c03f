import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sysctlRules } from '../../../server/src/languages/sysctl/rules';
import { normalizeSettings } from '../../../server/src/service/settings';
import { brief, lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sysctl', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

/** `# expect-next-line <severity>` marks the next line; `# settings: kernel=6.8 environment=production` sets settings. */
function expectations(text: string): { expected: string[]; settings: Record<string, string> } {
  const lines = text.split('\n');
  const expected: string[] = [];
  let settings: Record<string, string> = {};
  lines.forEach((line, index) => {
    const mark = /^# expect-next-line (\w+)$/.exec(line);
    if (mark) expected.push(`${index + 1} ${mark[1]}`);
    const set = /^# settings: (.*)$/.exec(line);
    if (set) settings = Object.fromEntries(set[1].split(/\s+/).map((pair) => pair.split('=') as [string, string]));
  });
  return { expected, settings };
}

describe('sysctl rule fixtures (test/fixtures/sysctl/rules/<id>.conf)', () => {
  it('every rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = sysctlRules.map((r) => r.id).sort();
    const fixtures = readdirSync(FIXTURES).map((f) => f.replace(/\.conf$/, '')).sort();
    assert.deepEqual(fixtures, ids);
    for (const id of ids) assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`);
  });

  for (const rule of sysctlRules) {
    it(`${rule.id} reports exactly the marked lines with the marked severities`, () => {
      const text = readFileSync(join(FIXTURES, `${rule.id}.conf`), 'utf8');
      const { expected, settings } = expectations(text);
      assert.ok(expected.length > 0, 'fixture marks no line');
      const found = lint(text, normalizeSettings(settings))
        .filter((d) => d.code === rule.id)
        .map((d) => brief(d).replace(/^(\d+):\S+ (\w+) .*$/, (_, line: string, severity: string) => `${Number(line)} ${severity}`));
      assert.deepEqual(found, expected);
    });
  }
});
