import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileSchema } from '../../../server/src/formats/schemaCheck';
import { surelyValid } from '../../../server/src/formats/schemaVerdict';
import { parseLibvirtText } from '../../../server/src/languages/libvirt/parser';
import { buildLibvirtInterfaceSchema } from '../../../server/src/languages/libvirt/schema';
import { toInstance } from '../../../server/src/languages/libvirt/schemaCheck';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Small deterministic edits that make interfaces invalid in many ways (a value, a name, a copy). */
function* variants(text: string, seed: number): Generator<string> {
  yield text;
  let state = seed;
  const next = (n: number) => { state = (state * 1103515245 + 12345) & 0x7fffffff; return state % Math.max(1, n); };
  const words = ['x', '0', '-1', '99999999999', 'virtio', 'e1000', 'bridge', 'yes', '\u{1F600}', 'é', '1e3', ' 5 ', 'mac', 'source'];
  for (let k = 0; k < 10; k++) {
    const quotes = [...text.matchAll(/'[^'<]*'|<\/?[a-z]+/g)];
    if (quotes.length === 0) return;
    const hit = quotes[next(quotes.length)];
    const at = hit.index;
    if (hit[0].startsWith('<')) {
      const copy = text.indexOf('>', at);
      yield next(2) === 0 ? text.slice(0, at + 1) + words[next(words.length)] + text.slice(at + hit[0].length) : text.slice(0, copy + 1) + text.slice(at, copy + 1) + text.slice(copy + 1);
    } else {
      yield `${text.slice(0, at)}'${words[next(words.length)]}'${text.slice(at + hit[0].length)}`;
    }
  }
}

describe('schema verdict without ajv', () => {
  it('says valid exactly where ajv does, on every libvirt fixture and edits of them', () => {
    const schema = buildLibvirtInterfaceSchema();
    const validate = compileSchema(schema);
    let valid = 0;
    let invalid = 0;
    let seed = 7;
    for (const path of [...files('test/fixtures/libvirt'), ...files('test/fixtures/fuzz/libvirt-mutated')]) {
      for (const text of variants(readFileSync(path, 'utf8'), seed++)) {
        for (const iface of parseLibvirtText(text).interfaces) {
          const { instance } = toInstance(iface.element);
          const ajv = validate(instance);
          if (ajv) valid++; else invalid++;
          const quick = surelyValid(schema, instance);
          if (quick) assert.equal(ajv, true, `${path}: ${JSON.stringify(instance)}`);
          else if (ajv) assert.ok(JSON.stringify(instance).match(/[\ud800-\udfff]/), `only a surrogate may keep the quick verdict from saying valid: ${path}: ${JSON.stringify(instance)}`);
        }
      }
    }
    assert.ok(valid > 100 && invalid > 100, `${valid} valid, ${invalid} invalid`);
  });

  it('cannot say for keywords it does not read', () => {
    assert.equal(surelyValid({ type: 'string', format: 'ipv4' }, 'x'), false);
    assert.equal(surelyValid({ type: 'object', additionalProperties: { type: 'string' } }, { a: 'b' }), false);
    assert.equal(surelyValid({ type: 'integer' }, Number.POSITIVE_INFINITY), false);
    assert.equal(surelyValid({ type: 'string', maxLength: 1 }, '\u{1F600}'), false);
    assert.equal(surelyValid({ type: 'integer', minimum: 1, maximum: 3 }, 2), true);
  });
});
