import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SysctlFile } from './parser';

/** One symbol per assignment, named by its key, so the outline and breadcrumbs list the settings. */
export function computeSymbols(_doc: TextDocument, parsed: SysctlFile): DocumentSymbol[] {
  return parsed.assignments.map((a) => ({
    name: a.key.name,
    detail: a.value,
    kind: SymbolKind.Property,
    range: { start: { line: a.line, character: 0 }, end: { line: a.line, character: a.text.length } },
    selectionRange: a.key.range,
  }));
}
