import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { keyMarkdown, optionMarkdown } from './keyDocs';
import { lookupKey, lookupOption, parseBoolean } from './keyTable';
import { qethOptions, type IfcfgFile } from './parser';
import { noFileTunable } from './tunables';

function contains(range: Range, position: Position): boolean {
  return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
}

const markdown = (value: string, range: Range): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

export function computeHover(_doc: TextDocument, parsed: IfcfgFile, position: Position, _settings: Settings): Hover | null {
  const line = parsed.lines[position.line];
  const property = line?.property;
  if (!property) return null;
  if (contains(property.nameRange, position)) {
    const info = lookupKey(property.name);
    if (info) return markdown(keyMarkdown(info, property.name), property.nameRange);
    const tunable = noFileTunable(property.name);
    if (tunable) return markdown(tunable.markdown, property.nameRange);
    return markdown(`**${property.name}** — not a key NetworkManager or initscripts reads.`, property.nameRange);
  }
  if (!contains(property.valueRange, position)) return null;
  if (property.name === 'OPTIONS' && !property.badQuoting) {
    const option = qethOptions(property).find((o) => contains(o.range, position));
    if (!option) return null;
    const info = lookupOption(option.key);
    return markdown(info ? optionMarkdown(info) : `**${option.key}** — not a qeth attribute kvmtune knows; NetworkManager rejects unknown OPTIONS keys.`, option.range);
  }
  const info = lookupKey(property.name);
  if (info?.type === 'bool' && !property.badQuoting) {
    const meaning = parseBoolean(property.value);
    const text = meaning === undefined ? `'${property.value}' is not a boolean: NetworkManager uses the default${info.default ? ` (${info.default})` : ''}.` : `NetworkManager reads this as **${meaning ? 'yes' : 'no'}**.`;
    return markdown(text, property.valueRange);
  }
  if (info?.values?.[property.value]) return markdown(`\`${property.value}\` — ${info.values[property.value]}`, property.valueRange);
  return null;
}
