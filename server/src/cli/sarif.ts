import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { CatalogRule } from '../languages';
import type { SeverityName } from '../service/types';
import type { FileReport } from './lintReport';

const SARIF_LEVEL: Record<SeverityName, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 with 1-based lines and columns, one result per diagnostic, fixes as SARIF fixes. */
export function formatSarif(reports: readonly FileReport[], rules: readonly CatalogRule[], docUrl: (id: string) => string, version: string): string {
  const usedIds = new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.rule)));
  const descriptors: ReportingDescriptor[] = rules
    .filter(({ rule }) => usedIds.has(rule.id))
    .map(({ rule, languages }) => ({
      id: rule.id,
      shortDescription: { text: rule.summary },
      helpUri: docUrl(rule.id),
      defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
      properties: { language: languages[0], languages, fromPaper: rule.fromPaper === true },
    }));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Result[] = reports.flatMap((report) =>
    report.diagnostics.map((d): Result => {
      const region = {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      };
      const result: Result = {
        ruleId: d.rule,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUriReference(report.file) }, region } }],
      };
      const index = indexOf.get(d.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (d.fixes.length > 0) {
        result.fixes = d.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: { uri: toUriReference(report.file) },
              replacements: fix.edits.map((edit) => ({
                deletedRegion: {
                  startLine: edit.range.start.line + 1,
                  startColumn: edit.range.start.character + 1,
                  endLine: edit.range.end.line + 1,
                  endColumn: edit.range.end.character + 1,
                },
                insertedContent: { text: edit.newText },
              })),
            },
          ],
        }));
      }
      return result;
    }),
  );
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'kvmtune', version, rules: descriptors } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF wants URI references: forward slashes, percent-encoded. */
function toUriReference(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
