/** Markdown report (GitHub tables); every string from the runs is escaped. */
import { formatSignedPct } from '../compare';
import { deltaSignNote, type DiffReport } from '../model';
import { escapeMarkdown as esc } from './escape';
import { configText, flags, formatP, formatStddev, formatValue, METRIC_TITLES, metricRows, samples } from './rows';

export function formatMarkdown(report: DiffReport): string {
  const out: string[] = [`# uperf results diff: ${esc(report.b.label)} vs ${esc(report.a.label)}`, ''];
  for (const [side, ref] of [['A', report.a], ['B', report.b]] as const) {
    const config = configText(ref.config);
    out.push(`- **${side}**: ${esc(ref.label)} (${esc(ref.path)})${config ? ` — ${esc(config)}` : ''}`);
  }
  out.push('', deltaSignNote(report), '');
  out.push('| test | metric | unit | A | B | Δ % | p | n A/B | sd A | sd B | flags |');
  out.push('|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|');
  for (const { test, metric, m } of metricRows(report)) {
    out.push(
      `| ${esc(test.name)} | ${METRIC_TITLES[metric]} | ${esc(m.unit)} | ${formatValue(m.a)} | ${formatValue(m.b)} | ` +
        `${formatSignedPct(m.deltaPct)} | ${formatP(m.pValue)} | ${samples(m)} | ${formatStddev(m.stddevPctA)} | ` +
        `${formatStddev(m.stddevPctB)} | ${flags(m)} |`,
    );
  }
  if (report.summary?.length) {
    out.push('', '## Summary', '');
    for (const s of report.summary) out.push(`- ${METRIC_TITLES[s.metric]}: ${esc(s.text)}`);
  }
  if (report.problems.length) {
    out.push('', '## Problems', '');
    for (const p of report.problems) out.push(`- ${esc(p.file)}: ${esc(p.reason)}`);
  }
  return `${out.join('\n')}\n`;
}
