import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sysctlRules } from '../../../server/src/languages/sysctl/rules';
import { severityName } from '../../../server/src/service/diagnostics';
import { normalizeSettings } from '../../../server/src/service/settings';
import { lint } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sysctl', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

const MARK = /^# expect-next-line (\w+) (\d+)-(?:(\d+):)?(\d+)$/;

/**
 * `# expect-next-line <severity> <start>-<end>` marks a finding on the next line that is not a
 * mark, from column start to column end (`<start>-<lines>:<end>` when it ends lines further on);
 * `# settings: kernel=6.8 environment=production` sets settings.
 */
function expectations(text: string): { expected: string[]; settings: Record<string, string> } {
  const lines = text.split('\n');
  const expected: string[] = [];
  let settings: Record<string, string> = {};
  lines.forEach((line, index) => {
    const mark = MARK.exec(line);
    if (mark) {
      let target = index + 1;
      while (MARK.test(lines[target] ?? '')) target += 1;
      const [, severity, start, extraLines, end] = mark;
      expected.push(`${target}:${start}-${target + Number(extraLines ?? 0)}:${end} ${severity}`);
    } else if (line.startsWith('# expect-next-line')) {
      throw new Error(`malformed mark on line ${index + 1}: ${line}`);
    }
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
