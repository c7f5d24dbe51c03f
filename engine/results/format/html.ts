/**
 * Standalone HTML report: no script, no remote content (CSP `default-src 'none'`), inline CSS,
 * every string from the runs escaped.
 */
import { formatSignedPct } from '../compare';
import { deltaSignNote, type DiffReport } from '../model';
import { escapeHtml as esc } from './escape';
import { configText, flags, formatP, formatStddev, formatValue, METRIC_TITLES, metricRows, samples } from './rows';

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}th,td{padding:2px 8px;border-bottom:1px solid #ddd}
td.n{text-align:right;font-variant-numeric:tabular-nums}.pos{color:#17692b}.neg{color:#a31515}.noisy{opacity:.6}`;

export function formatHtml(report: DiffReport): string {
  const title = `uperf results diff: ${esc(report.b.label)} vs ${esc(report.a.label)}`;
  const runs = ([['A', report.a], ['B', report.b]] as const)
    .map(([side, ref]) => {
      const config = configText(ref.config);
      return `<li><b>${side}</b>: ${esc(ref.label)} <code>${esc(ref.path)}</code>${config ? ` — ${esc(config)}` : ''}</li>`;
    })
    .join('\n');
  const rows = metricRows(report)
    .map(({ test, metric, m }) => {
      const sign = m.deltaPct === null ? '' : m.deltaPct > 0 ? 'pos' : m.deltaPct < 0 ? 'neg' : '';
      return `<tr${m.noisy ? ' class="noisy"' : ''}><td>${esc(test.name)}</td><td>${METRIC_TITLES[metric]}</td><td>${esc(m.unit)}</td>` +
        `<td class="n">${formatValue(m.a)}</td><td class="n">${formatValue(m.b)}</td>` +
        `<td class="n ${sign}">${esc(formatSignedPct(m.deltaPct))}</td><td class="n">${esc(formatP(m.pValue))}</td>` +
        `<td class="n">${samples(m)}</td><td class="n">${formatStddev(m.stddevPctA)}</td><td class="n">${formatStddev(m.stddevPctB)}</td>` +
        `<td>${flags(m)}</td></tr>`;
    })
    .join('\n');
  const summary = (report.summary ?? []).map((s) => `<li>${METRIC_TITLES[s.metric]}: ${esc(s.text)}</li>`).join('\n');
  const problems = report.problems.map((p) => `<li><code>${esc(p.file)}</code>: ${esc(p.reason)}</li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<ul>
${runs}
</ul>
<p>${esc(deltaSignNote(report))}</p>
<table>
<thead><tr><th>test</th><th>metric</th><th>unit</th><th>A</th><th>B</th><th>Δ %</th><th>p</th><th>n A/B</th><th>sd A</th><th>sd B</th><th>flags</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${summary ? `<h2>Summary</h2>\n<ul>\n${summary}\n</ul>` : ''}
${problems ? `<h2>Problems</h2>\n<ul>\n${problems}\n</ul>` : ''}
</body>
</html>
`;
}
