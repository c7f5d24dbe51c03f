import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { elementAt, inStartTag, parseXml } from '../../../server/src/formats/xml';
import { findStartTags, startTagKindAt } from '../../../server/src/languages/uperf/startTags';

/** What the checks asked the XML tree before: the element under offset, when offset is in its start tag. */
function kindFromTree(text: string): (offset: number) => string | undefined {
  const xml = parseXml(text, { validate: false });
  return (offset) => {
    const element = elementAt(xml, offset);
    if (!element || !inStartTag(element, offset)) return undefined;
    const name = element.name.toLowerCase();
    return ['profile', 'group', 'transaction', 'flowop'].find((kind) => name.startsWith(kind));
  };
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** Byte flips and cuts that break tags, quotes and comments in every way. */
function mangled(text: string, seed: number): string {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % Math.max(1, n));
  let out = text;
  for (let k = 0; k < 6; k++) {
    const at = next(out.length);
    const piece = ['<', '>', '"', "'", '/>', '<!--', '-->', '<?', '?>', '<![CDATA[', '<!DOCTYPE [', ']', '=', ' ', '</', '\ufeff'][next(16)];
    out = next(3) === 0 ? out.slice(0, at) + out.slice(at + next(20)) : out.slice(0, at) + piece + out.slice(at);
  }
  return out;
}

describe('uperf start tags found without the XML tree', () => {
  const texts = [
    ...[...filesUnder('test/fixtures/uperf', /\.xml$/), ...filesUnder('test/fixtures/fuzz', /./).filter((f) => f.includes('uperf-'))].map((f) => readFileSync(f, 'utf8').slice(0, 6000)),
    '', '<', '<<', '<a', '<flowop type="x"<group nthreads=1', "<group a='>' b=\"<\"/>", '\ufeff<profile name="p">', '<!DOCTYPE p [<!ENTITY a "<group">]><group x=1 / >',
    '<GROUP nthreads="1"><Transaction duration=1s><flowop/ type="nop"></transaction></group>', '<group =x "y" \'z\' a = "1"', '<p><![CDATA[<group a="1">]]><?pi <group?><!-- <group --></p>',
  ];
  it('give the same start tag kind at every offset as the tree does', () => {
    let checked = 0;
    for (const [index, original] of texts.entries()) {
      for (const text of [original, ...[1, 2].map((k) => mangled(original, index * 7 + k))]) {
        const expected = kindFromTree(text);
        const tags = findStartTags(text);
        for (let offset = 0; offset <= text.length + 1; offset++) {
          const got = startTagKindAt(tags, offset);
          if (got !== expected(offset)) assert.fail(`offset ${offset} of ${JSON.stringify(text.slice(0, 300))}: ${got} vs ${expected(offset)}`);
        }
        checked++;
      }
    }
    assert.ok(checked > 100);
  });
});
