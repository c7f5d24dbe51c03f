/** Plain-text report: header with both runs, one aligned row per test × metric, summary, problems. */
import { formatSignedPct } from '../compare';
import { deltaSignNote, type DiffReport } from '../model';
import { configText, flags, formatP, formatStddev, formatValue, METRIC_TITLES, metricRows, samples } from './rows';

/** Control characters from untrusted names would garble a terminal; show them as `?`. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

export function formatText(report: DiffReport): string {
  const lines: string[] = [];
  for (const [side, ref] of [['A', report.a], ['B', report.b]] as const) {
    const config = configText(ref.config);
    lines.push(`${side}: ${clean(ref.label)} (${clean(ref.path)})${config ? ` — ${clean(config)}` : ''}`);
  }
  lines.push(deltaSignNote(report), '');
  const header = ['test', 'metric', 'unit', 'A', 'B', 'Δ %', 'p', 'n A/B', 'sd A', 'sd B', 'flags'];
  const table = metricRows(report).map(({ test, metric, m }, i, all) => [
    i === 0 || all[i - 1].test !== test ? clean(test.name) : '',
    METRIC_TITLES[metric],
    m.unit,
    formatValue(m.a),
    formatValue(m.b),
    formatSignedPct(m.deltaPct),
    formatP(m.pValue),
    samples(m),
    formatStddev(m.stddevPctA),
    formatStddev(m.stddevPctB),
    flags(m),
  ]);
  lines.push(...alignTable([header, ...table], new Set([3, 4, 5, 6, 7, 8, 9])));
  if (report.summary?.length) {
    lines.push('', 'Summary');
    for (const s of report.summary) lines.push(`  ${METRIC_TITLES[s.metric]}: ${s.text}`);
  }
  if (report.problems.length) {
    lines.push('', `Problems (${report.problems.length})`);
    for (const p of report.problems) lines.push(`  ${clean(p.file)}: ${clean(p.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

function alignTable(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows.map((row) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - [...cell].length);
        return rightAligned.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
