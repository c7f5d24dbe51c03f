// What the rule tests of every language need: one service over the real registry, documents with
// fresh versions, lint, compact exact diagnostics and fix application.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../server/src/languages';
import { createLanguageService } from '../../server/src/service/languageService';
import { severityName } from '../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS, type KvmDiagnostic, type Settings } from '../../server/src/service/types';

export const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `https://docs.invalid/${id}.md` });

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, rules: {}, ...overrides };
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

let version = 0;

/** Document, lint and fix helpers for one VS Code language id and a default file name. */
export function harnessFor(languageId: string, defaultUri: string) {
  const doc = (text: string, uri = defaultUri): TextDocument => {
    version += 1;
    return TextDocument.create(uri, languageId, version, text);
  };
  return {
    doc,
    lint: (text: string, overrides: Partial<Settings> = {}): KvmDiagnostic[] => service.validate(doc(text), settings(overrides)),
    /** The document text after applying one fix of a diagnostic. */
    applyFix: (text: string, diagnostic: KvmDiagnostic, title?: string): string => {
      const fix = title ? diagnostic.data.fixes.find((f) => f.title === title) : diagnostic.data.fixes[0];
      if (!fix) throw new Error(`no fix ${title ?? ''} on ${brief(diagnostic)}: ${diagnostic.data.fixes.map((f) => f.title).join(', ')}`);
      return TextDocument.applyEdits(doc(text), fix.edits);
    },
  };
}
