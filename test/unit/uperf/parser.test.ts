import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUperf } from '../../../server/src/languages/uperf/model';
import { parseSize, stringToInt, stringToNsec } from '../../../server/src/languages/uperf/numbers';
import { tokenize } from '../../../server/src/languages/uperf/tokenizer';

const tokens = (text: string) => tokenize(text).tokens.map((t) => `${t.type}:${t.text}`);

describe('uperf tokenizer (as uperf reads a profile)', () => {
  it('lower-cases everything, drops the last byte, skips comments and <?…?> only at a token start', () => {
    assert.deepEqual(tokens('<?xml version=1.0?>\n<!-- c -->\n<GROUP NThreads="2" name="A B">\n'), ['groupStart:<group', 'nthreads:nthreads=2', 'name:name=a b']);
    assert.deepEqual(tokens('</profile>'), ['error:</profile']);
    assert.deepEqual(tokens('<a/><!-- x -->\n'), ['error:<a/><!--', 'error:x', 'error:-->']);
  });

  it('ends a token after a quoted part, keeps single quotes and > of unquoted values', () => {
    assert.deepEqual(tokens('name="a"nthreads="2"\n'), ['name:name=a', 'nthreads:nthreads=2']);
    assert.deepEqual(tokens("<group nthreads='1'>\n"), ['groupStart:<group', "nthreads:nthreads='1'>"]);
    assert.deepEqual(tokens('<group nthreads=1>\n'), ['groupStart:<group', 'nthreads:nthreads=1>']);
    assert.deepEqual(tokens('<flowop a="x" /></flowop>\n</group >\n'), ['flowopStart:<flowop', 'error:a=x', 'xmlEnd:/></flowop>', 'error:</group']);
  });

  it('glues tokens around "=" and flags the merges that crash uperf', () => {
    const safe = tokenize('<group nthreads ="1">\n');
    assert.deepEqual([safe.tokens.map((t) => t.text), safe.stops], [['<group', 'nthreads=1'], []]);
    const crash = tokenize('<group nthreads= "1">\n');
    assert.deepEqual(crash.stops.map((s) => s.kind === 'crash' && [s.why, s.start, s.end]), [['spaceAfterEquals', 7, 20]]);
    assert.deepEqual(tokenize('<flowop type="" options="size=64"/>\n').stops.map((s) => s.kind === 'crash' && s.why), ['emptyValue']);
    assert.deepEqual(tokenize('<flowop options="size="/>\n').stops.map((s) => s.kind === 'crash' && s.why), ['valueEndsWithEquals']);
  });

  it('keeps the document offset of every character, CR/LF inside quotes becoming spaces', () => {
    const [, options] = tokenize('<flowop options="a\r\nb"/>\n').tokens;
    assert.equal(options.text, 'options=a  b');
    assert.deepEqual(options.offsets.slice(8), [17, 18, 19, 20]);
  });

  it('stops at a NUL byte and at 1023 characters per token', () => {
    assert.deepEqual(tokens('<group\0 nthreads="1">\n'), ['groupStart:<group']);
    assert.deepEqual(tokenize(`<group name="${'x'.repeat(1020)}">\n`).stops.map((s) => s.kind), ['tooLong']);
    assert.deepEqual(tokenize(`<group name="${'x'.repeat(1017)}">\n`).stops, []);
  });
});

describe('uperf worklist (attributes act on what is current)', () => {
  it('name= on a transaction renames the group; options split into pieces with their spans', () => {
    const text = '<profile name="P">\n<group nthreads="1">\n<transaction name="t" iterations="2">\n<flowop type="write" options="size=64  $x canfail"/>\n</transaction>\n</group>\n</profile>\n';
    const profile = parseUperf(text);
    assert.equal(profile.profileName?.value, 'p');
    assert.equal(profile.groups[0].name?.value, 't');
    const [size, dropped, flag] = profile.flowops[0].options;
    assert.deepEqual([size.key, size.value, text.slice(size.valueSpan.start, size.valueSpan.end)], ['size', '64', '64']);
    assert.deepEqual([dropped.text, dropped.dropped, flag.key, flag.value], ['$x', true, 'canfail', undefined]);
    assert.deepEqual(profile.problems.map((p) => p.code), ['misplacedAttribute']);
  });
});

describe('uperf numbers', () => {
  it('reads sizes with a one-letter binary suffix into a C int', () => {
    assert.deepEqual(['64', '64k', '64KiB', '1.5k', '.5k', '1g', '2g', '64x', '0x10', '-5', '1e5', '4294967297'].map((v) => {
      const r = stringToInt(v);
      return r.ok ? r.value : 'error';
    }), [64, 65536, 65536, 1536, 512, 1073741824, 'error', 'error', 'error', 'error', 'error', 1]);
  });

  it('reads times with m = milliseconds, 0 and unknown units rejected', () => {
    assert.deepEqual(['30', '30s', '100ms', '1m', '30min', '250us', '1.5s', '0', 'abc'].map((v) => {
      const r = stringToNsec(v);
      return r.ok ? r.nanoseconds : 'error';
    }), [30e9, 30e9, 100e6, 1e6, 30e6, 250e3, 1.5e9, 'error', 'error']);
    assert.deepEqual(stringToNsec('1h'), { ok: false, reason: '"h" is not a time unit (s, m = milliseconds, u, n): uperf prints "not valid time suffix" and uses a garbage duration', garbage: true });
  });

  it('reads rand(MIN,MAX) and spots the space that breaks it', () => {
    assert.deepEqual(parseSize('rand(4k,8k)'), { ok: true, min: 4096, max: 8192 });
    assert.deepEqual(parseSize('rand(1k,'), { ok: true, min: 1024, max: 4294967295, brokenMax: true });
    assert.deepEqual(parseSize('0'), { ok: false, reason: 'a size of 0 is not allowed' });
  });
});
