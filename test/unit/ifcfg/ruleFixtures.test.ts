import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ifcfgRules } from '../../../server/src/languages/ifcfg/rules';
import { brief, lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ifcfg', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

/**
 * `# expect-next-line <severity> <start>-<end>` marks a finding on the next non-marker line with
 * its exact columns (several markers may stack); `# settings: kernel=6.8 platform=s390x` sets settings.
 */
export function expectations(text: string, ruleId: string): { expected: string[]; settings: Record<string, string> } {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: string[] = [];
  let settings: Record<string, string> = {};
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const mark = /^# expect-next-line (\w+) (\d+)-(\d+)$/.exec(line);
    const set = /^# settings: (.*)$/.exec(line);
    if (mark) pending.push(`${index}:${mark[2]}-${mark[3]} ${mark[1]} ${ruleId}`);
    else if (set) settings = Object.fromEntries(set[1].split(/\s+/).map((pair) => pair.split('=') as [string, string]));
    else {
      expected.push(...pending.map((p) => p.replace(/^\d+:/, `${index}:`)));
      pending = [];
    }
  });
  return { expected, settings };
}

describe('ifcfg rule fixtures (test/fixtures/ifcfg/rules/<id>.ifcfg)', () => {
  it('every rule has a fixture and a docs page, and every fixture a rule', () => {
    const ids = ifcfgRules.map((r) => r.id).sort();
    assert.deepEqual(readdirSync(FIXTURES).map((f) => f.replace(/\.ifcfg$/, '')).sort(), ids);
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
