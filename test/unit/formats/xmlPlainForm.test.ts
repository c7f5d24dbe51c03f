import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseXml } from '../../../server/src/formats/xml';
import { plainWellFormed } from '../../../server/src/formats/xmlPlainForm';
import { scanXml } from '../../../server/src/formats/xmlScanner';

const MUTATIONS = Number(process.env.PLAIN_FORM_MUTATIONS ?? 12);
const ROOTS = ['test/fixtures', 'samples'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(xml|txt)$/.test(name) ? [path] : [];
  });
}

function plain(text: string): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return plainWellFormed(text, bom, scanXml(text, bom, () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })));
}

/** A small deterministic generator, so a failure names its input. */
function* mutations(text: string, seed: number, count: number): Generator<string> {
  let state = seed;
  const next = (n: number) => { state = (state * 1103515245 + 12345) & 0x7fffffff; return state % Math.max(1, n); };
  const nasty = ['<', '>', '&', '"', "'", '/', '=', '!', '?', ' ', '\r', '\n', '\t', '\u00a0', '-', '[', ']', '&amp;', '&#1;', '<?xml ?>', '<!---->', '\ufeff', 'x', ':'];
  for (let k = 0; k < count; k++) {
    const at = next(text.length + 1);
    switch (next(3)) {
      case 0: yield text.slice(0, at) + text.slice(at + 1 + next(3)); break;
      case 1: yield text.slice(0, at) + nasty[next(nasty.length)] + text.slice(at); break;
      default: { const from = next(text.length); yield text.slice(0, at) + text.slice(from, from + next(40)) + text.slice(at); }
    }
  }
}

const TRICKY = [
  '<a/>', '<a />', '<a/ >', '<a b="1"/>', '<a b="1" />', '<a b="1"c="2"/>', '<a b = "1"/>', '<a b=1/>', '<a b/>', '<a b="1" b="2"/>',
  '<a __proto__="1" __proto__="2"/>', '<a></a>', '<a></a >', '<a></a/>', '<a><b></a>', '<a/><b/>', '<a></a><b></b>', '<a>&amp;</a>', '<a>&x</a>',
  '<a>1 < 2</a>', '<a b="<"/>', '<a b=">"/>', '<a b="\'"/>', "<a b='\"'/>", ' <?xml version="1.0"?><a/>', '<?xml version="1.0"?><a/>',
  '<?xml-stylesheet x?><a/>', '<!-- c --><a/>', '<!-- c <a/>', '<a><!-- x --></a>', '<a><![CDATA[<]]></a>', '<!DOCTYPE a><a/>', '\ufeff<a/>',
  '\ufeff\ufeff<a/>', 'x<a/>', '<a/>x', '<a/>\u00a0', '<a\u00a0b="1"/>', '<a b="1"\u00a0c="2"/>', '<1a/>', '<a:b c:d="1"/>', '<a><?pi x?></a>', '</a>',
  '<a>', '<a', '<', '', '<a b="1></a>', '<a b=\'1"></a>',
];

describe('plainWellFormed: says yes only where fast-xml-parser accepts', () => {
  it('agrees with the validator on hand-made edge cases', () => {
    for (const text of TRICKY) if (plain(text)) assert.equal(XMLValidator.validate(text), true, JSON.stringify(text));
  });

  it('reads ASCII names as the validator does (every one- and two-character name)', () => {
    for (let a = 33; a < 128; a++) {
      for (let b = 32; b < 128; b++) {
        const name = String.fromCharCode(a, b).trim();
        for (const text of [`<${name}/>`, `<a ${name}="1"/>`]) if (plain(text)) assert.equal(XMLValidator.validate(text), true, text);
      }
    }
    assert.ok(plain('<a-b.c:d_e f1="x"/>'));
  });

  it('agrees on every fixture and thousands of mutations of them', () => {
    let checked = 0;
    let seed = 1;
    for (const root of ROOTS) {
      for (const path of files(root)) {
        const text = readFileSync(path, 'utf8');
        if (!text.includes('<') || text.length > 50_000) continue;
        for (const variant of [text, ...mutations(text, seed++, MUTATIONS)]) {
          if (!plain(variant)) continue;
          checked++;
          assert.equal(XMLValidator.validate(variant), true, `${path}: ${JSON.stringify(variant.slice(0, 200))}`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} plain inputs`);
  });

  it('leaves the same problem as the validator alone would', () => {
    for (const text of TRICKY) {
      const validated = XMLValidator.validate(text);
      assert.equal(parseXml(text).wellFormedness === undefined, validated === true, JSON.stringify(text));
    }
  });
});
