import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief, lint } from './lint';
import { lint as lintModprobe } from '../modprobe/lint';

const ROOT = join(__dirname, '..', '..', '..');
type Snippets = Record<string, { prefix: string[]; body: string[] }>;
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const ifcfgSnippets = read('snippets/ifcfg.json') as Snippets;
const modprobeSnippets = read('snippets/modprobe.json') as Snippets;
const pkg = read('package.json');

/** The text a snippet inserts when every placeholder keeps its default (first choice of a choice list). */
function expand(body: string[]): string {
  return body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '');
}

describe('ifcfg and modprobe contributions', () => {
  it('the qeth snippet carries the paper values and lints clean with and without a kernel', () => {
    const text = `${expand(ifcfgSnippets["IBM Z qeth device with the paper's settings"].body)}\n`;
    assert.match(text, /^MTU=8192$/m);
    assert.match(text, /^OPTIONS="layer2=1 buffer_count=128"$/m);
    assert.match(text, /^ETHTOOL_OPTS="-K enc600 rx on tx on"$/m);
    for (const kernel of ['', '2.6', '6.8']) assert.deepEqual(lint(text, { kernel }).map(brief), [], kernel);
  });

  it('every snippet expands to a file without errors or warnings', () => {
    for (const [name, snippet] of Object.entries(ifcfgSnippets)) {
      assert.deepEqual(lint(`${expand(snippet.body)}\n`).filter((d) => (d.severity ?? 9) <= 2).map(brief), [], name);
    }
    for (const [name, snippet] of Object.entries(modprobeSnippets)) {
      assert.deepEqual(lintModprobe(`${expand(snippet.body)}\n`, { platform: 's390x' }).map(brief), [], name);
    }
    assert.match(expand(modprobeSnippets['kvm halt polling (IBM paper)'].body), /^options kvm halt_poll_ns=80000$/m);
  });

  it('package.json contributes the grammars and snippets of both languages', () => {
    const grammars = pkg.contributes.grammars.map((g: { language: string; path: string }) => `${g.language} ${g.path}`);
    assert.ok(grammars.includes('ifcfg ./syntaxes/ifcfg.tmLanguage.json'));
    assert.ok(grammars.includes('modprobe ./syntaxes/modprobe.tmLanguage.json'));
    const snippets = pkg.contributes.snippets.map((s: { language: string; path: string }) => `${s.language} ${s.path}`);
    assert.ok(snippets.includes('ifcfg ./snippets/ifcfg.json') && snippets.includes('modprobe ./snippets/modprobe.json'));
    for (const path of ['syntaxes/ifcfg.tmLanguage.json', 'syntaxes/modprobe.tmLanguage.json']) {
      const grammar = read(path);
      assert.ok(new RegExp(grammar.repository.comment.match).test('# x'));
    }
    assert.ok(new RegExp(read('syntaxes/ifcfg.tmLanguage.json').repository.assignment.match).test('OPTIONS="layer2=1"'));
  });
});
