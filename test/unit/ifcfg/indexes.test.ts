import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../../server/src/formats/editDistance';
import { compileSchema } from '../../../server/src/formats/schemaCheck';
import { valueSliceRange } from '../../../server/src/formats/keyValue';
import { IFCFG_KEYS, QETH_OPTIONS, lookupKey, suggestKeys, suggestOptions, type IfcfgKeyInfo } from '../../../server/src/languages/ifcfg/keyTable';
import { parseIfcfgText, qethOptions, type IfcfgFile } from '../../../server/src/languages/ifcfg/parser';
import { buildIfcfgSchema } from '../../../server/src/languages/ifcfg/schema';
import { IFCFG_FORMATS, describe as describeError, validateValues } from '../../../server/src/languages/ifcfg/validateValues';
import { lint } from './lint';

// The plain ways the indexes replaced: scan every table entry, compare with every name, validate
// the whole file as one object against the file schema. The indexes must give the same answers.

const NUMBERED_SUFFIX = /^(0|[1-9][0-9]{0,9})$/;
function scanLookup(name: string): IfcfgKeyInfo | undefined {
  const exact = IFCFG_KEYS.find((info) => info.name === name);
  if (exact && !exact.prefix) return exact;
  for (const info of IFCFG_KEYS.filter((i) => i.numbered)) if (name.startsWith(info.name) && NUMBERED_SUFFIX.test(name.slice(info.name.length))) return info;
  return IFCFG_KEYS.filter((i) => i.prefix).find((info) => name.startsWith(info.name) && name.length > info.name.length);
}

const budgetOf = (name: string) => Math.min(2, Math.max(1, Math.floor(name.length / 5)));
const byScore = (a: { c: string; d: number }, b: { c: string; d: number }) => a.d - b.d || a.c.localeCompare(b.c);

function scanSuggestKeys(name: string, limit = 3): string[] {
  const budget = budgetOf(name);
  const upper = name.toUpperCase();
  const scored: { c: string; d: number }[] = [];
  if (upper !== name && scanLookup(upper)) scored.push({ c: upper, d: 0 });
  for (const info of IFCFG_KEYS) {
    if (info.prefix || info.name === upper) continue;
    const d = editDistance(upper, info.name, budget);
    if (d <= budget) scored.push({ c: info.name, d });
  }
  return scored.sort(byScore).slice(0, limit).map((s) => s.c);
}

function scanSuggestOptions(name: string, limit = 3): string[] {
  const budget = budgetOf(name);
  return QETH_OPTIONS.map((o) => ({ c: o.name, d: editDistance(name, o.name, budget) }))
    .filter((s) => s.d <= budget)
    .sort(byScore)
    .slice(0, limit)
    .map((s) => s.c);
}

/** Deletions, substitutions, insertions, swaps and case changes of every name: the typos did-you-mean is for. */
function typosOf(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name.toLowerCase());
    for (let i = 0; i < name.length; i += 3) {
      out.add(name.slice(0, i) + name.slice(i + 1));
      out.add(`${name.slice(0, i)}X${name.slice(i + 1)}`);
      out.add(`${name.slice(0, i)}_${name.slice(i)}`);
      out.add(name.slice(0, i) + name.slice(i + 2));
      if (i + 1 < name.length) out.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    }
  }
  return [...out];
}

describe('ifcfg indexes give what the plain scans give', () => {
  it('lookupKey by trailing digits finds the entry the scan over numbered keys finds', () => {
    const names = IFCFG_KEYS.flatMap((info) => ['', '0', '1', '00', '01', '12', '1234567890', '12345678901', 'X', '_1', 'FOO'].map((suffix) => info.name + suffix));
    names.push('', '0', 'constructor', '__proto__', 'toString', 'NM_USER_', 'nm_user_x', 'IPADDR-1', 'IPV6ADDR1', 'DNS_OVER_TLS1');
    for (const name of names) assert.equal(lookupKey(name), scanLookup(name), name);
  });

  it('did-you-mean through the length and character-count filter suggests what comparing every name suggests', () => {
    const keyTypos = typosOf(IFCFG_KEYS.map((k) => k.name));
    assert.ok(keyTypos.length > 2_000);
    for (const name of keyTypos) assert.deepEqual(suggestKeys(name), scanSuggestKeys(name), name);
    for (const name of ['IPADR', 'BOOTPROT', 'A', 'ÄTHTOOL_OPTS', `${'X'.repeat(300)}`]) {
      assert.deepEqual(suggestKeys(name, 10), scanSuggestKeys(name, 10), name);
      assert.deepEqual(suggestKeys(name, 1), scanSuggestKeys(name, 1), name);
    }
    for (const name of typosOf(QETH_OPTIONS.map((o) => o.name))) assert.deepEqual(suggestOptions(name), scanSuggestOptions(name), name);
  });

  it('remembered suggestions are copies: changing one answer does not change the next', () => {
    const first = suggestKeys('BOOTPROT');
    first.push('changed');
    assert.deepEqual(suggestKeys('BOOTPROT'), ['BOOTPROTO']);
  });

  it('value validation per key reports what the file schema on a { NAME: value } object reports', () => {
    const values = ['', 'yes', 'No', 'maybe', '1', '-1', '0', '33', '1500', '99999999999', '4294967296', 'abc', '192.0.2.1', '192.0.2', '255.255.255.0', '255.0.255.0', '2001:db8::1/64', '2001:db8::1/129', '4.2.2.2#dns.name', 'dhcp', 'DHCP', 'qeth', 'QETH', '02:00:00:12:34:56', '02:00:00:12:34', '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03', 'eth0', 'a/b', '"too long/with blanks"', 'x'.repeat(300), "'quoted value'"];
    const names = IFCFG_KEYS.flatMap((info) => (info.numbered ? [info.name, `${info.name}3`] : info.prefix ? [`${info.name}X`] : [info.name]));
    let compared = 0;
    for (let rotation = 0; rotation < values.length; rotation += 1) {
      // Each file gives every key another kind of value, so across the files every key sees every value.
      const file = parseIfcfgText(names.map((name, i) => `${name}=${values[(i + rotation) % values.length]}`).join('\n'));
      const got = validateValues(file).map((p) => `${p.assignment.line} ${JSON.stringify(p.range)} ${p.message}`).sort();
      assert.deepEqual(got, wholeFileProblems(file).sort(), `rotation ${rotation}`);
      compared += got.length;
    }
    assert.ok(compared > 300, String(compared));
  });
});

/** The former validation: one object of every effective key, the file schema, the first error per key. */
const FILE_SCHEMA = buildIfcfgSchema();
function wholeFileProblems(file: IfcfgFile): string[] {
  const validate = compileSchema(FILE_SCHEMA, { formats: IFCFG_FORMATS });
  const instance: Record<string, number | string> = {};
  const infos = new Map<string, IfcfgKeyInfo>();
  for (const a of file.effective.values()) {
    const info = lookupKey(a.property.name);
    const { value, badQuoting } = a.property;
    if (!info || badQuoting || value === '' || info.also?.[value] !== undefined) continue;
    instance[a.property.name] = info.type === 'int' && /^-?[0-9]{1,15}$/.test(value) ? Number(value) : value;
    infos.set(a.property.name, info);
  }
  if (validate(instance)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const error of validate.errors ?? []) {
    const name = error.instancePath.slice(1);
    const a = file.effective.get(name);
    if (!a || seen.has(name) || !infos.has(name)) continue;
    seen.add(name);
    const range = valueSliceRange(a.property, 0, a.property.value.length);
    out.push(`${a.line} ${JSON.stringify(range)} ${describeError(error, infos.get(name)!, name, a.property.value)}`);
  }
  return out;
}

describe('ifcfg own names only', () => {
  it('a key named like an Object member is an unknown key, not an installer variable', () => {
    const codes = lint('constructor=1\ntoString=2\nLAYER2=1\n').map((d) => `${d.range.start.line} ${String(d.code)}`);
    assert.deepEqual(codes, ['0 ifcfg-unknown-key', '1 ifcfg-unknown-key', '2 ifcfg-installer-key']);
  });
});

describe('ifcfg OPTIONS tokens split once per parse', () => {
  it('every reader gets the same tokens, equal to those of a fresh parse', () => {
    const text = 'NETTYPE=qeth\nOPTIONS="layer2=1 buffer_count=64 bad portno"\n';
    const options = parseIfcfgText(text).effective.get('OPTIONS')!.property;
    assert.equal(qethOptions(options), qethOptions(options));
    assert.deepEqual(qethOptions(options), qethOptions(parseIfcfgText(text).effective.get('OPTIONS')!.property));
    assert.deepEqual(qethOptions(options).map((o) => [o.key, o.value, o.hasEquals, o.range.start.character, o.range.end.character]), [
      ['layer2', '1', true, 9, 17],
      ['buffer_count', '64', true, 18, 33],
      ['bad', '', false, 34, 37],
      ['portno', '', false, 38, 44],
    ]);
  });
});
