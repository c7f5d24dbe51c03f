import {
  CodeActionKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { runRules, DIAGNOSTIC_SOURCE } from './diagnostics';
import { preferredEdits } from './fixes';
import type { LanguageSupport } from './language';
import { disableNextLineComment } from './suppression';
import { eolOf } from './text';
import type { KvmDiagnostic, LanguageId, Settings } from './types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kvmtune`;
export const SHOW_RULE_DOC_COMMAND = 'kvmtune.showRuleDoc';

export interface LanguageServiceOptions {
  languages: readonly LanguageSupport<any>[];
  /** Link a diagnostic's code points at, e.g. a file URI of docs/rules/<id>.md. */
  ruleDocUrl(ruleId: string): string;
}

export interface LanguageService {
  languageOf(doc: TextDocument): LanguageSupport<unknown> | undefined;
  validate(doc: TextDocument, settings: Settings): KvmDiagnostic[];
  hover(doc: TextDocument, position: Position, settings: Settings): Hover | null;
  complete(doc: TextDocument, position: Position, settings: Settings): CompletionItem[];
  symbols(doc: TextDocument): DocumentSymbol[];
  codeActions(
    doc: TextDocument,
    range: Range,
    diagnostics: readonly Diagnostic[],
    settings: Settings,
    only?: readonly string[],
  ): CodeAction[];
  forget(uri: string): void;
}

/** The editor-independent core: every LSP feature as a pure function of a document and settings. */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const byId = new Map<LanguageId, LanguageSupport<unknown>>(options.languages.map((l) => [l.id, l]));
  const cache = new Map<string, { version: number; languageId: string; parsed: unknown }>();

  function languageOf(doc: TextDocument): LanguageSupport<unknown> | undefined {
    return byId.get(doc.languageId as LanguageId);
  }

  function parsed(doc: TextDocument, support: LanguageSupport<unknown>): unknown {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.languageId === doc.languageId) return hit.parsed;
    const result = support.parse(doc);
    cache.set(doc.uri, { version: doc.version, languageId: doc.languageId, parsed: result });
    return result;
  }

  /** Fix-all is computed on every lightbulb request; the last result per document spares re-running the rules. */
  const lastDiagnostics = new Map<string, { version: number; languageId: string; settings: Settings; diagnostics: KvmDiagnostic[] }>();

  function validate(doc: TextDocument, settings: Settings): KvmDiagnostic[] {
    const support = languageOf(doc);
    if (!support) return [];
    const hit = lastDiagnostics.get(doc.uri);
    if (hit && hit.version === doc.version && hit.languageId === doc.languageId && hit.settings === settings) return hit.diagnostics;
    const diagnostics = runRules(support, doc, parsed(doc, support), settings, options.ruleDocUrl);
    lastDiagnostics.set(doc.uri, { version: doc.version, languageId: doc.languageId, settings, diagnostics });
    return diagnostics;
  }

  function codeActions(
    doc: TextDocument,
    range: Range,
    diagnostics: readonly Diagnostic[],
    settings: Settings,
    only?: readonly string[],
  ): CodeAction[] {
    const support = languageOf(doc);
    if (!support) return [];
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isKvmDiagnostic(diagnostic)) continue;
        actions.push(...quickFixes(doc, diagnostic, support.commentStyle));
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const edits = preferredEdits(validate(doc, settings));
      if (edits.length > 0 || (only && only.includes(FIX_ALL_KIND))) {
        actions.push({ title: 'Fix all kvmtune problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
      }
    }
    if (support.sourceActions && only?.some((o) => o === CodeActionKind.Source || o.startsWith(`${CodeActionKind.Source}.`)) !== false) {
      actions.push(...support.sourceActions(doc, parsed(doc, support), settings, range).filter((a) => wants(a.kind ?? '')));
    }
    return actions;
  }

  return {
    languageOf,
    validate,
    hover: (doc, position, settings) => {
      const support = languageOf(doc);
      return support ? support.hover(doc, parsed(doc, support), position, settings) : null;
    },
    complete: (doc, position, settings) => {
      const support = languageOf(doc);
      return support ? support.complete(doc, parsed(doc, support), position, settings) : [];
    },
    symbols: (doc) => {
      const support = languageOf(doc);
      return support ? support.symbols(doc, parsed(doc, support)) : [];
    },
    codeActions,
    forget: (uri) => {
      cache.delete(uri);
      lastDiagnostics.delete(uri);
    },
  };
}

function isKvmDiagnostic(diagnostic: Diagnostic): diagnostic is KvmDiagnostic {
  const data = diagnostic.data as KvmDiagnostic['data'] | undefined;
  return typeof data === 'object' && data !== null && typeof data.ruleId === 'string' && Array.isArray(data.fixes);
}

function quickFixes(doc: TextDocument, diagnostic: KvmDiagnostic, style: 'hash' | 'xml'): CodeAction[] {
  const { ruleId, fixes } = diagnostic.data;
  const actions: CodeAction[] = fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred,
    edit: { changes: { [doc.uri]: fix.edits } },
  }));
  const line = diagnostic.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  actions.push({
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: disableNextLineComment(ruleId, style, indent, eolOf(doc)) }],
      },
    },
  });
  actions.push({
    title: `Show documentation for ${ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${ruleId}`, command: SHOW_RULE_DOC_COMMAND, arguments: [ruleId] },
  });
  return actions;
}
