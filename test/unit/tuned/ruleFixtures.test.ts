import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { tunedOwnRules } from '../../../server/src/languages/tuned/rules';
import { normalizeSettings } from '../../../server/src/service/settings';
import { lintTuned } from './lint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'tuned', 'rules');
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');
const MARK = /^# expect-next-line (\w+) (\d+)-(?:(\d+):)?(\d+)$/;

/**
 * `# expect-next-line <severity> <start>-<end>` marks a finding on the next line that is not a mark
 * (`<start>-<lines>:<end>` when it ends lines further on); `# settings: tuned.version=2.18 platform=s390x`
 * sets settings as VS Code would send them.
 */
function expectations(text: string): { expected: string[]; settings: Record<string, unknown> } {
  const lines = text.split('\n');
  const expected: string[] = [];
  const settings: Record<string, unknown> = {};
  lines.forEach((line, index) => {
    const mark = MARK.exec(line);
    if (mark) {
      let target = index + 1;
      while (MARK.test(lines[target] ?? '')) target += 1;
      const [, severity, start, extraLines, end] = mark;
      expected.push(`${target}:${start}-${target + Number(extraLines ?? 0)}:${end} ${severity}`);
    }
    const set = /^# settings: (.*)$/.exec(line);
    for (const [key, value] of set ? set[1].split(/\s+/).map((p) => p.split('=')) : []) {
      if (key === 'tuned.version') settings.tuned = { version: value };
      else settings[key] = value;
    }
  });
  return { expected, settings };
}

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
