import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanValue } from '../../../server/src/formats/keyValueScan';
import {
  insertionColumn,
  parseAssignmentLine,
  parseParameterWord,
  shellQuote,
  splitWords,
  valueSliceRange,
  valueTokens,
  wholeValueQuote,
} from '../../../server/src/formats/keyValue';

const r = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

describe('keyValue: shell dialect (NetworkManager ifcfg-rh subset)', () => {
  it('splits name, raw value and unquoted value with ranges', () => {
    const p = parseAssignmentLine('  MTU=8192', 3, 'shell');
    assert.ok(p);
    assert.equal(p.name, 'MTU');
    assert.deepEqual(p.nameRange, r(3, 2, 5));
    assert.equal(p.equalsColumn, 5);
    assert.equal(p.rawValue, '8192');
    assert.deepEqual(p.valueRange, r(3, 6, 10));
    assert.equal(p.value, '8192');
    assert.equal(wholeValueQuote(p), 'none');
  });

  it('is not an assignment with blanks around "=", an invalid name, or export', () => {
    assert.equal(parseAssignmentLine('MTU = 8192', 0, 'shell'), undefined);
    assert.equal(parseAssignmentLine('MTU =8192', 0, 'shell'), undefined);
    assert.equal(parseAssignmentLine('1MTU=8192', 0, 'shell'), undefined);
    assert.equal(parseAssignmentLine('export MTU=8192', 0, 'shell'), undefined);
    assert.equal(parseAssignmentLine('# MTU=1', 0, 'shell'), undefined);
    assert.equal(parseAssignmentLine('', 0, 'shell'), undefined);
  });

  it('removes single, double and $\'…\' quotes and maps each character back to its column', () => {
    const p = parseAssignmentLine(`OPTIONS="layer2=1 buffer_count=64"`, 0, 'shell')!;
    assert.equal(p.value, 'layer2=1 buffer_count=64');
    assert.equal(p.rawValue, '"layer2=1 buffer_count=64"');
    assert.equal(wholeValueQuote(p), 'double');
    const tokens = valueTokens(p);
    assert.deepEqual(tokens.map((t) => [t.text, t.range]), [['layer2=1', r(0, 9, 17)], ['buffer_count=64', r(0, 18, 33)]]);
    assert.equal(insertionColumn(p), 33);

    const single = parseAssignmentLine(`OPTIONS='portno=0'`, 0, 'shell')!;
    assert.equal(single.value, 'portno=0');
    assert.equal(wholeValueQuote(single), 'single');
    assert.equal(insertionColumn(single), 17);

    const ansi = parseAssignmentLine(`NAME=$'a\\tb\\x41\\101\\u00e9'`, 0, 'shell')!;
    assert.equal(ansi.value, 'a\tbAAé');
    assert.equal(wholeValueQuote(ansi), 'ansi-c');
    assert.deepEqual(valueSliceRange(ansi, 1, 2), r(0, 8, 10));
  });

  it('keeps backslashes in double quotes except before $ ` " \\', () => {
    const p = parseAssignmentLine(String.raw`A="x\"y\n\\"`, 0, 'shell')!;
    assert.equal(p.value, 'x"y\\n\\');
    assert.deepEqual(valueSliceRange(p, 1, 2), r(0, 4, 6));
  });

  it('joins mixed segments and unquoted escapes', () => {
    const p = parseAssignmentLine(String.raw`A=ab'c d'"e"\ f`, 0, 'shell')!;
    assert.equal(p.value, 'abc de f');
    assert.equal(wholeValueQuote(p), undefined);
    assert.deepEqual(p.segments.map((s) => s.kind), ['none', 'single', 'double', 'escape', 'none']);
  });

  it('reports bad quoting the way NetworkManager refuses it (value read as empty)', () => {
    const cases: Array<[string, string, number]> = [
      ['A="abc', 'unterminated-quote', 2],
      ["A='abc", 'unterminated-quote', 2],
      ['A="$HOME"', 'expansion', 3],
      ['A="`id`"', 'expansion', 3],
      ['A=a|b', 'metacharacter', 3],
      ['A=ls -1', 'trailing-text', 5],
      ['A=abc\\', 'line-continuation', 5],
    ];
    for (const [text, reason, column] of cases) {
      const p = parseAssignmentLine(text, 0, 'shell')!;
      assert.deepEqual(p.badQuoting, { reason, column }, text);
      assert.equal(p.value, '', text);
      assert.equal(p.rawValue, text.slice(2), text);
    }
  });

  it('allows a trailing comment after a blank and one trailing ";"', () => {
    const p = parseAssignmentLine('ONBOOT=yes  # boot it  ', 0, 'shell')!;
    assert.equal(p.value, 'yes');
    assert.deepEqual(p.valueRange, r(0, 7, 10));
    assert.deepEqual(p.comment, { text: '# boot it', start: 12, end: 21 });
    const semi = parseAssignmentLine('A=b; # c', 0, 'shell')!;
    assert.equal(semi.value, 'b');
    assert.equal(semi.badQuoting, undefined);
    assert.equal(parseAssignmentLine('A=b;;', 0, 'shell')!.badQuoting?.reason, 'trailing-text');
    assert.equal(parseAssignmentLine('A=', 0, 'shell')!.value, '');
  });

  it('notes an unquoted $ (bash expands it, NetworkManager does not) without refusing it', () => {
    const p = parseAssignmentLine('ETHTOOL_OPTS=-K${DEVICE}', 0, 'shell')!;
    assert.equal(p.badQuoting, undefined);
    assert.equal(p.unquotedExpansionColumn, 15);
    assert.equal(p.value, '-K${DEVICE}');
  });

  it('keeps CR out of the value (CRLF files)', () => {
    const p = parseAssignmentLine('MTU=9000\r', 0, 'shell')!;
    assert.equal(p.value, '9000');
    assert.deepEqual(p.valueRange, r(0, 4, 8));
  });

  it('survives binary and huge input', () => {
    const junk = '\u0000\uFFFD"\'$\\'.repeat(2000);
    assert.doesNotThrow(() => parseAssignmentLine(`A=${junk}`, 0, 'shell'));
    const huge = parseAssignmentLine(`A="${'x '.repeat(100000)}"`, 0, 'shell')!;
    assert.equal(huge.value.length, 200000);
  });
});

describe('keyValue: kernel-args dialect (modprobe options)', () => {
  it('splits words, honouring double quotes', () => {
    const text = 'options kvm halt_poll_ns=80000  x="a b" flag';
    assert.deepEqual(splitWords(text, 0, text.length, true).map((w) => [w.text, w.start, w.end]), [
      ['options', 0, 7], ['kvm', 8, 11], ['halt_poll_ns=80000', 12, 30], ['x="a b"', 32, 39], ['flag', 40, 44],
    ]);
  });

  it('parses key=value words with name and value ranges', () => {
    const text = 'options kvm halt_poll_ns=80000 x="a b" flag';
    const [, , a, b, c] = splitWords(text, 0, text.length, true);
    const poll = parseParameterWord(text, 0, a);
    assert.equal(poll.name, 'halt_poll_ns');
    assert.deepEqual(poll.nameRange, r(0, 12, 24));
    assert.equal(poll.value, '80000');
    assert.deepEqual(poll.valueRange, r(0, 25, 30));
    const quoted = parseParameterWord(text, 0, b);
    assert.equal(quoted.value, 'a b');
    assert.equal(quoted.rawValue, '"a b"');
    assert.deepEqual(valueSliceRange(quoted, 2, 3), r(0, 36, 37));
    const bare = parseParameterWord(text, 0, c);
    assert.equal(bare.equalsColumn, -1);
    assert.equal(bare.name, 'flag');
    assert.deepEqual(bare.valueRange, r(0, 43, 43));
  });

  it('does not treat a dash or a dot in the name as the end of the word', () => {
    const text = 'options mlx4_core log_num_mgm_entry_size=-1';
    const words = splitWords(text, 0, text.length, true);
    const p = parseParameterWord(text, 0, words[2]);
    assert.equal(p.name, 'log_num_mgm_entry_size');
    assert.equal(p.value, '-1');
  });
});

describe('keyValue: shellQuote', () => {
  it('leaves safe words alone and double-quotes the rest', () => {
    assert.equal(shellQuote('buffer_count=128'), 'buffer_count=128');
    assert.equal(shellQuote('layer2=1 buffer_count=128'), '"layer2=1 buffer_count=128"');
    assert.equal(shellQuote('-K ${DEVICE} rx on'), '"-K \\${DEVICE} rx on"');
  });
});

describe('keyValue: columns, segments and ranges worked out when read', () => {
  const LINES = [
    'MTU=8192',
    `OPTIONS="layer2=1 buffer_count=64" # osa`,
    "NAME='System eth0'",
    String.raw`A=ab'c d'"e"\ f`,
    String.raw`B="x\"y\n\\"`,
    `C=$'a\\tb\\x41'`,
    'D="open',
    'E=ls -1',
    'F=$HOME/x',
    'G=',
  ];

  it('maps every unquoted character to the columns that wrote it, the same on every read', () => {
    for (const text of LINES) {
      const p = parseAssignmentLine(text, 2, 'shell')!;
      assert.equal(p.valueStarts, p.valueStarts, text);
      assert.equal(p.segments, p.segments, text);
      assert.equal(p.nameRange, p.nameRange, text);
      if (p.badQuoting) {
        assert.deepEqual([p.value, p.valueStarts, p.valueEnds], ['', [], []], text);
        continue;
      }
      assert.equal(p.valueStarts.length, p.value.length, text);
      assert.equal(p.valueEnds.length, p.value.length, text);
      for (let i = 0; i < p.value.length; i += 1) {
        assert.ok(p.valueStarts[i] >= p.valueRange.start.character && p.valueEnds[i] <= p.valueRange.end.character, `${text} ${i}`);
        // A character written as itself sits at its column; an escape ends on the character it names.
        const written = text.slice(p.valueStarts[i], p.valueEnds[i]);
        assert.ok(written === p.value[i] || written.startsWith('\\'), `${text} ${i} ${written}`);
      }
      const covered = p.segments.map((s) => text.slice(s.start, s.end)).join('');
      assert.equal(covered, p.rawValue, text);
    }
  });

  it('keeps the segments read before bad quoting stopped the value', () => {
    const p = parseAssignmentLine(`H=ab'cd'"$x"`, 0, 'shell')!;
    assert.equal(p.badQuoting?.reason, 'expansion');
    assert.deepEqual(p.segments.map((s) => s.kind), ['none', 'single']);
  });
});

describe('keyValue: the plain-value shortcut', () => {
  it('reads every shell value exactly as the full reader does (value, end, comment, bad quoting, expansion)', () => {
    // Without columns a plain word or a plain double-quoted value takes a shortcut; with columns the
    // full reader runs. Both must agree on everything but the columns.
    const piece = fc.constantFrom('a', 'Z9', '-', '.', ' ', '\t', '"', "'", '\\', '$', '`', ';', '#', '|', '=', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = `K=${pieces.join('')}`;
        const { starts, ends, segments, ...short } = scanValue(text, 2, 'shell', false);
        const { starts: s, ends: e, segments: g, ...full } = scanValue(text, 2, 'shell', true);
        assert.deepEqual(short, full, JSON.stringify(text));
        assert.deepEqual([starts, ends, segments], [[], [], []]);
      }),
      { numRuns: 2_000 },
    );
    assert.deepEqual(scanValue('K="a b"  ', 2, 'shell', false), { value: 'a b', starts: [], ends: [], segments: [], rawEnd: 7 });
    assert.deepEqual(scanValue('K=plain', 2, 'shell', false), { value: 'plain', starts: [], ends: [], segments: [], rawEnd: 7 });
  });
});
