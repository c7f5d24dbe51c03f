import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../../server/src/languages';
import { createLanguageService } from '../../../server/src/service/languageService';
import { severityName } from '../../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS, type KvmDiagnostic, type Settings } from '../../../server/src/service/types';

export const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `https://docs.invalid/${id}.md` });

let version = 0;
export function sysctlDoc(text: string, uri = 'file:///etc/sysctl.d/90-test.conf'): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'sysctl', version, text);
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, rules: {}, ...overrides };
}

export function lint(text: string, overrides: Partial<Settings> = {}): KvmDiagnostic[] {
  return service.validate(sysctlDoc(text), settings(overrides));
}

/** `line:start-end severity rule` for compact exact assertions (0-based like LSP). */
export function brief(diagnostic: KvmDiagnostic): string {
  const { start, end } = diagnostic.range;
  const span = start.line === end.line ? `${start.character}-${end.character}` : `${start.character}-${end.line}:${end.character}`;
  return `${start.line}:${span} ${severityName(diagnostic.severity)} ${String(diagnostic.code)}`;
}

export function only(diagnostics: KvmDiagnostic[], ruleId: string): KvmDiagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

/** The document text after applying one fix of a diagnostic. */
export function applyFix(text: string, diagnostic: KvmDiagnostic, title?: string): string {
  const fix = title ? diagnostic.data.fixes.find((f) => f.title === title) : diagnostic.data.fixes[0];
  if (!fix) throw new Error(`no fix ${title ?? ''} on ${brief(diagnostic)}: ${diagnostic.data.fixes.map((f) => f.title).join(', ')}`);
  return TextDocument.applyEdits(sysctlDoc(text), fix.edits);
}

/** The paper's chapter 7 table as a sysctl file (values unquoted). */
export const PAPER_BLOCK = readFileSync(join(__dirname, '..', '..', 'fixtures', 'sysctl', 'paper-chapter7.conf'), 'utf8');
