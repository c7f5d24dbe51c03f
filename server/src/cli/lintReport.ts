import * as path from 'node:path';
import type { TextEdit, Range } from 'vscode-languageserver-types';
import { severityName } from '../service/diagnostics';
import type { KvmDiagnostic, LanguageId, SeverityName } from '../service/types';

/** The `--format json` shape documented in the README, one entry per linted file. */
export interface FileReport {
  file: string;
  language: LanguageId;
  diagnostics: DiagnosticReport[];
}

export interface DiagnosticReport {
  rule: string;
  severity: SeverityName;
  message: string;
  range: Range;
  fixes: { title: string; edits: TextEdit[] }[];
}

export function toFileReport(file: string, language: LanguageId, diagnostics: readonly KvmDiagnostic[]): FileReport {
  return {
    file,
    language,
    diagnostics: diagnostics.map((d) => ({
      rule: d.data.ruleId,
      severity: severityName(d.severity),
      message: d.message,
      range: d.range,
      fixes: d.data.fixes.map((fix) => ({ title: fix.title, edits: fix.edits })),
    })),
  };
}

/**
 * `file:line:col: severity: message [rule]`, 1-based, one line per finding, then a summary line.
 * The `$kvmtune` problem matcher in package.json reads exactly this: keep it stable.
 */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      counts[d.severity] += 1;
      const where = `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${where}: ${d.severity}: ${d.message} [${d.rule}]`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  lines.push(
    total === 0
      ? `${reports.length} file(s) checked, no problems.`
      : `${reports.length} file(s) checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info, ${counts.hint} hint(s).`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

const GITHUB_COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
 * annotations on the pull request. Lines and columns are 1-based; endColumn is one past the last
 * character, as ruff writes it. Paths inside `cwd` are made relative, since annotations name files
 * relative to the checkout.
 */
export function formatGithub(reports: readonly FileReport[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = relativeToCwd(report.file, cwd);
    for (const d of report.diagnostics) {
      const properties = [
        ['file', file],
        ['line', String(d.range.start.line + 1)],
        ['col', String(d.range.start.character + 1)],
        ['endLine', String(d.range.end.line + 1)],
        ['endColumn', String(d.range.end.character + 1)],
        ['title', `kvmtune ${d.rule}`],
      ];
      const list = properties.map(([name, value]) => `${name}=${escapeGithubProperty(value)}`).join(',');
      lines.push(`::${GITHUB_COMMAND[d.severity]} ${list}::${escapeGithubData(`${d.message} [${d.rule}]`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The runner's escaping for a command's message: %, CR and LF. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape the separators `:` and `,`. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function relativeToCwd(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.replace(/\\/g, '/');
  const relative = path.relative(cwd, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).replace(/\\/g, '/');
}
