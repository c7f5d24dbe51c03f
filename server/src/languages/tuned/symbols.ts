import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TunedProfile } from './parser';

/** One symbol per section header with its options as children, for the outline and breadcrumbs. */
export function computeSymbols(_doc: TextDocument, profile: TunedProfile): DocumentSymbol[] {
  return profile.ini.sections.map((section) => {
    const endLine = Math.max(section.line, section.endLine);
    const lastText = profile.ini.lines[endLine]?.text ?? '';
    return {
      name: `[${section.name}]`,
      kind: SymbolKind.Namespace,
      range: { start: { line: section.line, character: 0 }, end: { line: endLine, character: lastText.length } },
      selectionRange: section.nameRange,
      children: section.optionIndexes.map((i) => profile.ini.options[i]).filter((o) => o.name !== '').map((o) => ({
        name: o.name,
        detail: o.value.split('\n')[0],
        kind: SymbolKind.Property,
        range: { start: { line: o.line, character: 0 }, end: o.valueRange.end },
        selectionRange: o.nameRange,
      })),
    };
  });
}
