import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryMarkdown, valueCompletions, type TableEntry } from '../../../server/src/formats/table';
import { checkAgainstSchema, type PointerRanges } from '../../../server/src/formats/schemaCheck';

const entry: TableEntry = {
  name: 'buffer_count',
  type: 'integer',
  unit: 'buffers',
  summary: 'Inbound buffers of a qeth device.',
  min: 8,
  max: 128,
  default: '64',
  values: { '16': 'small', '128': 'most' },
  paper: { value: '128', reason: 'More buffers for bursts.', sinceThen: 'Costs memory.' },
  introduced: 'Linux 2.6',
  notes: [{ label: 'Where', text: 'ifcfg `OPTIONS`' }],
  docsUrl: 'https://docs.invalid/qeth',
  rules: ['ifcfg-buffer-count'],
};

describe('formats/table', () => {
  it('renders an entry as hover Markdown with every fact it has', () => {
    assert.equal(
      entryMarkdown(entry, { ruleDocUrl: (id) => `file:///docs/${id}.md` }),
      [
        '**buffer_count** — integer, buffers',
        '',
        'Inbound buffers of a qeth device.',
        '',
        '- Range: 8 to 128',
        '- Default: `64`',
        '- Versions: since Linux 2.6',
        '- Values: `16` small, `128` most',
        '- Where: ifcfg `OPTIONS`',
        '',
        "**IBM paper:** `128`. More buffers for bursts.",
        '',
        '**Since then:** Costs memory.',
        '',
        '[Documentation](https://docs.invalid/qeth) · [rule ifcfg-buffer-count](file:///docs/ifcfg-buffer-count.md)',
      ].join('\n'),
    );
    assert.equal(entryMarkdown({ name: 'x', type: 'text', summary: 'S.' }, { title: 'X' }), '**X** — text\n\nS.');
    const own = entryMarkdown(
      { name: 'k', type: 'integer', summary: 'S.', facts: [['Range', '0 to 9, enforced'], ['Kernel', undefined]], default: '5', paper: { value: '7', reason: 'R.' }, docsUrl: 'u', docsTitle: 'Kernel documentation' },
      { formatValue: (v) => `\`${v}\` (${v} units)` },
    );
    assert.equal(own, '**k** — integer\n\nS.\n\n- Range: 0 to 9, enforced\n\n**IBM paper:** `7` (7 units). R.\n\n[Kernel documentation](u)');
  });

  it("offers values with the paper's first, then the default, each once", () => {
    const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 6 } };
    const items = valueCompletions(entry, { range, defaultDetail: 'driver default' });
    assert.deepEqual(
      items.map((c) => [c.label, c.detail, c.sortText, c.textEdit]),
      [
        ['128', 'IBM paper value', '000', { range, newText: '128' }],
        ['64', 'driver default', '001', { range, newText: '64' }],
        ['16', 'small', '002', { range, newText: '16' }],
      ],
    );
    assert.deepEqual(items[0].documentation, { kind: 'markdown', value: 'More buffers for bursts.\n\n**Since then:** Costs memory.' });
    assert.equal(valueCompletions({ name: 'x', type: 't', summary: 's', values: { a: '' } })[0].detail, 'x');
  });
});

describe('formats/schemaCheck', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: { type: { enum: ['bridge', 'direct'] }, mtu: { type: 'integer', minimum: 68 } },
  };
  const r = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
  const ranges = new Map<string, PointerRanges>([
    ['', { nameRange: r(0, 1, 10), valueRange: r(0, 1, 10) }],
    ['/type', { nameRange: r(0, 11, 15), valueRange: r(0, 17, 21) }],
    ['/mtu', { nameRange: r(1, 2, 5), valueRange: r(1, 7, 9) }],
    ['/bogus', { nameRange: r(2, 2, 7), valueRange: r(2, 9, 10) }],
  ]);

  it('maps value keywords to the value, unexpected names to the name, missing ones to the parent', () => {
    const problems = checkAgainstSchema(schema, { type: 'tap', mtu: 3, bogus: 'x' }, ranges, r(0, 0, 0));
    assert.deepEqual(
      problems.map((p) => [p.error.keyword, p.pointer, p.range]),
      [
        ['additionalProperties', '/bogus', r(2, 2, 7)],
        ['enum', '/type', r(0, 17, 21)],
        ['minimum', '/mtu', r(1, 7, 9)],
      ],
    );
    const missing = checkAgainstSchema(schema, {}, ranges, r(0, 0, 0));
    assert.deepEqual(missing.map((p) => [p.error.keyword, p.range]), [['required', r(0, 1, 10)]]);
    assert.deepEqual(checkAgainstSchema(schema, { type: 'bridge' }, ranges, r(0, 0, 0)), []);
  });
});
