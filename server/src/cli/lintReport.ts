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
