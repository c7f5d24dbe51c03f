import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModprobeFile } from './parser';

/** One symbol per command (`options kvm`), its parameters as children. */
export function computeSymbols(_doc: TextDocument, parsed: ModprobeFile): DocumentSymbol[] {
  return parsed.commands.map((c) => ({
    name: [c.command.text, c.args[0]?.text].filter(Boolean).join(' '),
    kind: SymbolKind.Module,
    range: { start: { line: c.line, character: 0 }, end: c.end },
    selectionRange: c.command.range,
    children: c.params.map((p) => ({ name: p.name, detail: p.value, kind: SymbolKind.Property, range: p.range, selectionRange: p.nameRange })),
  }));
}
