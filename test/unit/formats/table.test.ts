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
        '- Where: ifcfg `OPTIONS`',
        '- Values: `16` small, `128` most',
        '',
        "**IBM paper:** `128`. More buffers for bursts.",
        '',
        '**Since then:** Costs memory.',
        '',
        '[Documentation](https://docs.invalid/qeth) · [rule ifcfg-buffer-count](file:///docs/ifcfg-buffer-count.md)',
      ].join('\n'),
    );
    assert.equal(entryMarkdown({ name: 'x', type: 'text', summary: 'S.' }, { title: 'X' }), '**X** — text\n\nS.');
  });

  it("offers values with the paper's first, each once", () => {
    assert.deepEqual(
      valueCompletions(entry).map((c) => [c.label, c.detail, c.sortText]),
      [
        ['128', 'IBM paper', '0000'],
        ['16', undefined, '0001'],
        ['64', 'default', '0002'],
      ],
    );
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
