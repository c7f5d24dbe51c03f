import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lookupKeyName } from '../../../server/src/languages/sysctl/keyTable';
import { brief, lint } from './lint';

const ROOT = join(__dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'sysctl.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'sysctl.tmLanguage.json'), 'utf8'));

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(body: string[]): string {
  return body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

describe('sysctl snippets', () => {
  it("the paper snippet carries exactly the table's paper values, unquoted", () => {
    const paper = expand(snippets['IBM paper: network settings (chapter 7)'].body);
    const assignments = paper.split('\n').filter((line) => /^[a-z]/.test(line));
    assert.equal(assignments.length, 12);
    for (const line of assignments) {
      const [key, value] = line.split(' = ');
      assert.equal(value, lookupKeyName(key)?.paper?.value, key);
      assert.ok(!value.includes('"'), line);
    }
  });

  it('every snippet expands to a file without errors or warnings', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const problems = lint(`${expand(snippet.body)}\n`).filter((d) => d.severity !== undefined && d.severity <= 2);
      assert.deepEqual(problems.map(brief), [], name);
    }
  });
});

describe('sysctl TextMate grammar', () => {
  const repo = grammar.repository as Record<string, { match?: string; patterns?: { match: string; name: string }[] }>;
  const regex = (name: string) => new RegExp(repo[name].match!);

  it('is the grammar package.json points at', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(grammar.scopeName, manifest.contributes.grammars.find((g: { language: string }) => g.language === 'sysctl').scopeName);
  });

  it('sees comments only at the start of a line', () => {
    assert.ok(regex('comment').test('# tuning'));
    assert.ok(regex('comment').test('   ; old style'));
    assert.ok(!regex('comment').test('net.core.somaxconn = 4096 # note'));
  });

  it('splits an assignment into "-", key, "=" and value, and tells excludes apart', () => {
    const match = regex('assignment').exec('-net.ipv4.conf.*.rp_filter = 2 # x');
    assert.deepEqual(match?.slice(1), ['-', 'net.ipv4.conf.*.rp_filter', '=', '2 # x']);
    assert.ok(regex('exclude').test('-net.ipv4.conf.all.rp_filter'));
    assert.ok(!regex('exclude').test('net.core.somaxconn = 1'));
  });

  it('marks inline comments and quotes in values, numbers and words', () => {
    const scopeOf = (value: string) => repo.value.patterns!.find((p) => new RegExp(p.match).exec(value)?.index === 0)?.name;
    assert.equal(scopeOf('"4096 87380 4136960"'), 'invalid.illegal.quoted-value.sysctl');
    assert.equal(scopeOf('25000'), 'constant.numeric.sysctl');
    assert.equal(scopeOf('0x1f'), 'constant.numeric.sysctl');
    assert.equal(scopeOf('fq_codel'), 'string.unquoted.sysctl');
    assert.equal(new RegExp(repo.value.patterns![0].match).exec('1 # note')?.[0], ' # note');
  });
});
