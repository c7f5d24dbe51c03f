import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { qethOptions, type IfcfgFile } from './parser';

/** One symbol per assignment; OPTIONS lists its qeth attributes as children. */
export function computeSymbols(_doc: TextDocument, parsed: IfcfgFile): DocumentSymbol[] {
  return parsed.assignments.map(({ property, line, text }) => {
    const symbol: DocumentSymbol = {
      name: property.name,
      detail: property.value,
      kind: SymbolKind.Property,
      range: { start: { line, character: 0 }, end: { line, character: text.length } },
      selectionRange: property.nameRange,
    };
    if (property.name === 'OPTIONS' && !property.badQuoting) {
      symbol.children = qethOptions(property).map((o) => ({ name: o.key, detail: o.value, kind: SymbolKind.Field, range: o.range, selectionRange: o.keyRange }));
    }
    return symbol;
  });
}
