import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSysctlText } from '../../../server/src/languages/sysctl/parser';

describe('sysctl parser', () => {
  it('splits at the first "=", trims around key and value, keeps quotes and inline "#"', () => {
    const [line] = parseSysctlText('  net.ipv4.tcp_rmem =  "4096 87380 4136960" # x  ').lines;
    assert.equal(line.kind, 'assignment');
    assert.equal(line.key?.name, 'net.ipv4.tcp_rmem');
    assert.deepEqual(line.key?.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 19 } });
    assert.equal(line.value, '"4096 87380 4136960" # x');
    assert.deepEqual(line.valueRange, { start: { line: 0, character: 23 }, end: { line: 0, character: 47 } });
  });

  it('treats only line-start "#" and ";" as comments', () => {
    const lines = parseSysctlText('# a\n  ; b\nkey = 1 ; c\n').lines;
    assert.deepEqual(lines.map((l) => [l.kind, l.commentChar]), [['comment', '#'], ['comment', ';'], ['assignment', undefined], ['blank', undefined]]);
    assert.equal(lines[2].value, '1 ; c');
  });

  it('applies the first-separator rule for "/" and "."', () => {
    const [slash, dotted, proc] = parseSysctlText('net/ipv4/tcp_syncookies=1\nnet.ipv4.conf.eth0/100.forwarding = 1\n/proc/sys/net/core/somaxconn = 1\n').assignments;
    assert.equal(slash.key.name, 'net.ipv4.tcp_syncookies');
    assert.equal(slash.key.separator, '/');
    assert.deepEqual(dotted.key.components, ['net', 'ipv4', 'conf', 'eth0.100', 'forwarding']);
    assert.equal(proc.key.name, 'net.core.somaxconn');
  });

  it('recognises "-" prefixes, excludes, globs, repeated separators, invalid lines and empty values', () => {
    const lines = parseSysctlText('-net.core.default_qdisc = fq\n-net.ipv4.conf.all.rp_filter\nnet.ipv4.conf.*.rp_filter = 2\nnet..core.x = 1\nnoequals\nkey =\n= 1\n').lines;
    assert.deepEqual(lines.map((l) => l.kind), ['assignment', 'exclude', 'assignment', 'assignment', 'invalid', 'assignment', 'invalid', 'blank']);
    assert.equal(lines[0].ignoreFailure, true);
    assert.equal(lines[0].key?.range.start.character, 1);
    assert.equal(lines[2].key?.isGlob, true);
    assert.equal(lines[3].key?.hasRepeatedSeparator, true);
    assert.equal(lines[5].value, '');
    assert.deepEqual(lines[5].valueRange, { start: { line: 5, character: 5 }, end: { line: 5, character: 5 } });
    assert.equal(lines[6].equalsCharacter, 0);
  });

  it('handles CRLF line endings', () => {
    const { assignments } = parseSysctlText('a.b = 1\r\nc.d = 2\r\n');
    assert.deepEqual(assignments.map((a) => [a.key.name, a.value]), [['a.b', '1'], ['c.d', '2']]);
  });

  it('breaks lines where TextDocument does: CRLF, lone CR and LF', () => {
    const { lines, assignments } = parseSysctlText('a.b = 1\rc.d = 2\r\ne.f = 3\ng.h = 4');
    assert.deepEqual(assignments.map((a) => [a.line, a.key.name, a.value]), [[0, 'a.b', '1'], [1, 'c.d', '2'], [2, 'e.f', '3'], [3, 'g.h', '4']]);
    assert.equal(lines.length, 4);
  });

  it('trims only the ASCII blanks procps and the kernel know (NBSP, BOM and U+2028 stay)', () => {
    const [nbsp, bom, ls] = parseSysctlText('net.core.somaxconn\u00A0= 1024\n\uFEFFa.b = 1\nc.d =\u2028 2\v\n').assignments;
    assert.equal(nbsp.key.raw, 'net.core.somaxconn\u00A0');
    assert.equal(bom.key.raw, '\uFEFFa.b');
    assert.equal(ls.value, '\u2028 2');
  });

  it('reads the dash, the blank after it, the "=" and the ranges of every kind of line from the line itself', () => {
    const lines = parseSysctlText('-  net.a = 1\n-  = 1\n- net.b\n  ; c').lines;
    const seen = lines.map((l) => [
      l.kind,
      l.ignoreFailure,
      l.blankAfterDash ?? null,
      l.equalsCharacter ?? null,
      l.commentChar ?? null,
      l.key ? [l.key.range.start.character, l.key.range.end.character] : null,
      l.valueRange ? [l.valueRange.start.character, l.valueRange.end.character] : null,
    ]);
    assert.deepEqual(seen, [
      ['assignment', true, 1, 9, null, [3, 8], [11, 12]],
      // Nothing before the '=': no key to keep the blank, so no blank after the dash is reported.
      ['invalid', true, null, 3, null, [3, 3], [5, 6]],
      ['exclude', true, 1, null, null, [2, 7], null],
      ['comment', false, null, null, ';', null, null],
    ]);
  });

  it('keys without a slash or an empty step get the components the general splitting gives', () => {
    const keys = ['a', 'a.b.c', 'a.b.', '.a.b', 'a..b', '.', '..', 'a.b/c', '/a.b', 'a/b.c', '//proc/sys/a/b', 'a.*.c', 'A.B', 'a\u00A0.b', 'net.ipv4.conf.eth0.rp_filter', 'x.'];
    for (const key of keys) {
      const [line] = parseSysctlText(`${key} = 1`).lines;
      const expected = generalSplit(key);
      assert.deepEqual({ name: line.key?.name, components: line.key?.components, separator: line.key?.separator, repeated: line.key?.hasRepeatedSeparator }, expected, key);
    }
  });
});

/** procps' splitting spelled out step by step, for comparing the parser's shortcut with. */
function generalSplit(raw: string) {
  const path = raw.replace(/^\/+/, '');
  const separator = (/[./]/.exec(path)?.[0] ?? '.') === '/' ? '/' : '.';
  const split = separator === '.' ? path.split('.').map((c) => c.replace(/\//g, '.')) : path.replace(/^proc\/sys\//, '').split('/');
  const components = split.filter((component, i) => component !== '' || i === split.length - 1);
  return { name: components.join('.'), components, separator, repeated: /[./]{2,}/.test(path) };
}
