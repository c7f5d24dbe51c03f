import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { attributeValue, child, type LibvirtDoc } from './model';

/** One symbol per guest interface: "bridge br0", "direct eth0 (bridge)", … */
export function computeSymbols(_doc: TextDocument, parsed: LibvirtDoc): DocumentSymbol[] {
  return parsed.interfaces.map(({ element, type }) => {
    const source = child(element, 'source');
    const where = attributeValue(source, 'bridge') ?? attributeValue(source, 'dev') ?? attributeValue(source, 'network') ?? attributeValue(source, 'path');
    const mode = attributeValue(source, 'mode');
    const model = attributeValue(child(element, 'model'), 'type');
    return {
      name: `interface ${type ?? '(no type)'}${where ? ` ${where}` : ''}${mode && type === 'direct' ? ` (${mode})` : ''}`,
      detail: [model && `model ${model}`, attributeValue(child(element, 'mac'), 'address')].filter(Boolean).join(', '),
      kind: SymbolKind.Interface,
      range: element.range,
      selectionRange: element.nameRange,
    };
  });
}
