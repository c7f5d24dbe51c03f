/** One line of the bench table; `ok` is undefined when the measurement has no budget. */
export interface BenchRow {
  language: string;
  measurement: string;
  value: string;
  budget?: string;
  ok?: boolean;
  /** Raw numbers for the JSON file. */
  numbers?: Record<string, number>;
}

export function row(language: string, measurement: string, value: string, budget?: { text: string; ok: boolean }, numbers?: Record<string, number>): BenchRow {
  return { language, measurement, value, budget: budget?.text, ok: budget?.ok, numbers };
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const mark = (r: BenchRow) => (r.ok === undefined ? '' : r.ok ? '✅' : '❌ miss');
  return [
    '| language | measurement | result | budget | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.language} | ${r.measurement} | ${r.value} | ${r.budget ?? ''} | ${mark(r)} |`),
  ].join('\n');
}
