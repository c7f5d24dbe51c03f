import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  CONFIGPARSER_DEFAULTS,
  effectiveOptions,
  iniDialect,
  parseIni,
  sectionsByName,
  valueSpanRange,
  type IniFile,
} from '../../../server/src/formats/ini';

/** configparser as tuned's profile loader configures it. */
const TUNED = iniDialect({ delimiters: ['='], inlineCommentPrefixes: ['#'], optionNameCase: 'preserve' });
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const fixtures = join(__dirname, '../../fixtures/formats/ini');

type Truth = { error: string; lines: number[] } | { sections: Record<string, Record<string, string>>; defaults: Record<string, string> };

/** What configparser would answer, computed from what the layer reports. */
function asConfigparser(file: IniFile): Truth {
  const outside = file.lines.find((l) => l.kind === 'outside');
  if (file.bom) return { error: 'MissingSectionHeaderError', lines: [1] };
  if (outside) return { error: 'MissingSectionHeaderError', lines: [outside.line + 1] };
  const bad = file.lines.filter((l) => l.kind === 'invalid' || (l.kind === 'option' && file.options[l.optionIndex!].rawName === ''));
  if (bad.length > 0) return { error: 'ParsingError', lines: bad.map((l) => l.line + 1) };
  const sections: Record<string, Record<string, string>> = {};
  for (const name of sectionsByName(file).keys()) {
    if (name === 'DEFAULT') continue;
    sections[name] = Object.fromEntries(effectiveOptions(file, name).map((e) => [e.name, e.winner.value]));
  }
  const defaults = Object.fromEntries(effectiveOptions(file, 'DEFAULT').map((e) => [e.name, e.winner.value]));
  return { sections, defaults };
}

describe('ini layer against Python configparser (tuned\'s settings)', () => {
  const cases = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8')) as Record<string, string>;
  const truth = JSON.parse(readFileSync(join(fixtures, 'configparser-truth.json'), 'utf8')) as { cases: Record<string, Truth> };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(asConfigparser(parseIni(text, TUNED)), truth.cases[name]));
  }
});

describe('ini layer ranges', () => {
  it('gives section names inside the brackets and keeps blanks in them', () => {
    const file = parseIni('  [ vm ] # c\n[main] extra\n', TUNED);
    assert.equal(file.sections[0].name, ' vm ');
    assert.deepEqual(file.sections[0].nameRange, range(0, 3, 7));
    assert.deepEqual(file.sections[0].headerRange, range(0, 2, 8));
    assert.deepEqual(file.lines[0].comment, { prefix: '#', range: range(0, 9, 12), inline: true });
    assert.deepEqual(file.sections[1].trailing, { text: 'extra', range: range(1, 7, 12) });
  });

  it('splits an option at the first delimiter with ranges on name, delimiter and value', () => {
    const file = parseIni('[modules]\n  kvm = halt_poll_ns=80000   # paper\n', TUNED);
    const [option] = file.options;
    assert.equal(option.name, 'kvm');
    assert.deepEqual(option.nameRange, range(1, 2, 5));
    assert.deepEqual(option.delimiterRange, range(1, 6, 7));
    assert.equal(option.value, 'halt_poll_ns=80000');
    assert.deepEqual(option.valueRange, range(1, 8, 26));
    assert.deepEqual(file.lines[1].comment?.range, range(1, 29, 36));
    assert.deepEqual(file.lines[1].contentRange, range(1, 2, 26));
  });

  it('gives an empty value range right after the delimiter', () => {
    const [option] = parseIni('[sysctl]\na =\n', TUNED).options;
    assert.deepEqual(option.valueRange, range(1, 3, 3));
  });

  it('joins continuation lines, keeps blank pieces between them and maps value offsets back to lines', () => {
    const file = parseIni('[sysctl]\nnet.core.wmem_max=4136960\n\n  net.ipv4.tcp_tw_reuse=1\n\nx=1\n', TUNED);
    const [option, next] = file.options;
    assert.equal(option.value, '4136960\n\nnet.ipv4.tcp_tw_reuse=1');
    assert.deepEqual(file.lines.map((l) => l.kind), ['section', 'option', 'blank', 'continuation', 'blank', 'option', 'blank']);
    assert.equal(file.lines[3].optionIndex, 0);
    assert.equal(file.lines[3].indent, 2);
    assert.deepEqual(option.valueRange, { start: { line: 1, character: 18 }, end: { line: 3, character: 25 } });
    assert.deepEqual(option.valueLines.map((p) => p.line), [1, 2, 3]);
    assert.deepEqual([option.lastLine, next.lastLine], [3, 5]);
    assert.deepEqual(valueSpanRange(option, 9, 30), range(3, 2, 23));
    assert.deepEqual(valueSpanRange(option, 0, 7), range(1, 18, 25));
    assert.equal(next.value, '1');
  });

  it('continues after a comment line without adding a piece for it', () => {
    const file = parseIni('[s]\na=1\n  # note\n  b=2\n', TUNED);
    assert.deepEqual(file.lines.map((l) => l.kind), ['section', 'option', 'comment', 'continuation', 'blank']);
    assert.equal(file.options[0].value, '1\nb=2');
  });

  it('treats an indented option right after a header as an option, and an indented header after an option as a continuation', () => {
    const file = parseIni('[a]\n  x=1\n  y=2\n    [b]\nz=3\n', TUNED);
    assert.deepEqual(file.lines.map((l) => l.kind), ['section', 'option', 'option', 'continuation', 'option', 'blank']);
    assert.equal(file.sections.length, 1);
    assert.equal(file.options[1].value, '2\n[b]');
  });

  it('reports lines before the first header as outside and invalid lines inside sections', () => {
    const file = parseIni('# c\nsummary=x\n[main]\nsummary x\n', TUNED);
    assert.deepEqual(file.lines.map((l) => l.kind), ['comment', 'outside', 'section', 'invalid', 'blank']);
    assert.equal(file.lines[3].sectionIndex, 0);
    assert.deepEqual(file.lines[3].contentRange, range(3, 0, 9));
  });

  it('reports a BOM and parses what follows it with positions on the original line', () => {
    const file = parseIni('\uFEFF[main]\nsummary=x\n', TUNED);
    assert.deepEqual(file.bom, range(0, 0, 1));
    assert.deepEqual(file.sections[0].nameRange, range(0, 2, 6));
    assert.equal(file.lines[0].text, '\uFEFF[main]');
  });

  it('treats only a blank-preceded "#" as an inline comment; ";" only at the line start', () => {
    const file = parseIni('[s]\na=1#x\nb=1 ; y\n;c\n', TUNED);
    assert.deepEqual(file.options.map((o) => o.value), ['1#x', '1 ; y']);
    assert.equal(file.lines[3].kind, 'comment');
    assert.equal(file.lines[3].comment?.prefix, ';');
  });

  it('counts Python whitespace (NBSP, U+3000) as blanks, but not U+200B', () => {
    const file = parseIni('[s]\na\u00a0=\u30001\nb\u200b=2\n', TUNED);
    assert.deepEqual(file.options.map((o) => [o.name, o.value]), [['a', '1'], ['b\u200b', '2']]);
  });

  it('breaks lines at CRLF, lone CR and LF', () => {
    const file = parseIni('[a]\r\nx=1\ry=2\nz=3', TUNED);
    assert.deepEqual(file.options.map((o) => [o.line, o.name]), [[1, 'x'], [2, 'y'], [3, 'z']]);
  });

  it('records section extents, duplicates and default-section leaks', () => {
    const file = parseIni('[DEFAULT]\nleak=1\n[sysctl]\nx=1\nx=2\n[net]\n[sysctl]\nx=3\n', TUNED);
    assert.deepEqual(file.sections.map((s) => [s.name, s.line, s.endLine, s.isDefault]), [
      ['DEFAULT', 0, 1, true], ['sysctl', 2, 4, false], ['net', 5, 5, false], ['sysctl', 6, 8, false],
    ]);
    const [x, leak] = effectiveOptions(file, 'sysctl');
    assert.deepEqual([x.winner.line, x.overridden.map((o) => o.line), x.fromDefault], [7, [3, 4], false]);
    assert.deepEqual([leak.name, leak.fromDefault], ['leak', true]);
  });

  it('follows the dialect: configparser defaults split at ":" too, lowercase names and have no inline comments', () => {
    const file = parseIni('[s]\nKey: v # not a comment\n', CONFIGPARSER_DEFAULTS);
    assert.deepEqual([file.options[0].name, file.options[0].rawName, file.options[0].delimiter, file.options[0].value], ['key', 'Key', ':', 'v # not a comment']);
  });

  it('ends values at blank lines when empty lines are not kept in values', () => {
    const file = parseIni('[s]\na=1\n\n  b=2\n', iniDialect({ ...TUNED, emptyLinesInValues: false }));
    assert.deepEqual(file.lines.map((l) => l.kind), ['section', 'option', 'blank', 'option', 'blank']);
  });

  it('survives binary and huge input', () => {
    const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    assert.doesNotThrow(() => parseIni(binary, TUNED));
    const huge = '[s]\n' + 'k=v\n  c\n'.repeat(20000);
    const started = Date.now();
    const file = parseIni(huge, TUNED);
    assert.equal(file.options.length, 20000);
    const oneLongValue = parseIni('[s]\nk=v\n' + '  c\n'.repeat(40000), TUNED);
    assert.equal(oneLongValue.options[0].valueLines.length, 40001);
    // Linear: a quadratic join over 40000 pieces would take minutes, not seconds.
    assert.ok(Date.now() - started < 5000);
  });
});
