import { DiagnosticSeverity, type CompletionItem, type DocumentSymbol, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { bounded, LARGE_DOCUMENT_CHARS, LARGE_DOCUMENT_LINES, LARGE_FILE_CODE, MAX_COMPLETION_ITEMS, MAX_HOVER_CHARS } from './limits';
import type { KvmDiagnostic } from './types';

/** A hover is cut to MAX_HOVER_CHARS whatever a language put in it. */
export function boundedHover(hover: Hover | null): Hover | null {
  if (!hover) return hover;
  const { contents } = hover;
  if (typeof contents === 'string') return { ...hover, contents: bounded(contents, MAX_HOVER_CHARS) };
  if ('kind' in contents) return { ...hover, contents: { ...contents, value: bounded(contents.value, MAX_HOVER_CHARS) } };
  if (Array.isArray(contents)) {
    return {
      ...hover,
      contents: contents.map((c) => (typeof c === 'string' ? bounded(c, MAX_HOVER_CHARS) : { ...c, value: bounded(c.value, MAX_HOVER_CHARS) })),
    };
  }
  return { ...hover, contents: { ...contents, value: bounded(contents.value, MAX_HOVER_CHARS) } };
}

export function boundedCompletions(items: CompletionItem[]): CompletionItem[] {
  return items.length > MAX_COMPLETION_ITEMS ? items.slice(0, MAX_COMPLETION_ITEMS) : items;
}

/** The one diagnostic a document above the large-file limit gets from the core. */
export function largeDocumentNotice(doc: TextDocument, docUrl: (ruleId: string) => string): KvmDiagnostic {
  const mib = (doc.getText().length / 1024 / 1024).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: LARGE_FILE_CODE,
    codeDescription: { href: docUrl(LARGE_FILE_CODE) },
    message:
      `kvmtune: this file is large (${mib} MiB, ${doc.lineCount.toLocaleString('en')} lines; the limit is ` +
      `${LARGE_DOCUMENT_CHARS / 1024 / 1024} MiB or ${LARGE_DOCUMENT_LINES.toLocaleString('en')} lines), so only cheap checks run ` +
      'and hovers, completion and the outline are off for it.',
    data: { ruleId: LARGE_FILE_CODE, fixes: [] },
  };
}

/** VS Code rejects a symbol without a name and drops the whole outline; the core makes sure none goes out. */
export function namedSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.map((symbol) => {
    const name = symbol.name.trim() === '' ? '(no name)' : bounded(symbol.name, 200);
    const children = symbol.children ? namedSymbols(symbol.children) : undefined;
    return name === symbol.name && children === symbol.children ? symbol : { ...symbol, name, ...(children ? { children } : {}) };
  });
}
