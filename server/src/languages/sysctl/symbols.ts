import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SysctlFile } from './parser';

/** One symbol per assignment, named by its key, so the outline and breadcrumbs list the settings. */
export function computeSymbols(_doc: TextDocument, parsed: SysctlFile): DocumentSymbol[] {
  return parsed.assignments.map((a) => ({
    // VS Code rejects a symbol without a name (and drops the whole outline), e.g. for `/ = 1`.
    name: a.key.name.trim() || a.text.slice(a.key.range.start.character, a.key.range.end.character).trim() || '(no key)',
    detail: a.value,
    kind: SymbolKind.Property,
    range: { start: { line: a.line, character: 0 }, end: { line: a.line, character: a.text.length } },
    selectionRange: a.key.range,
  }));
}
