import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { COMMAND_DOCS, moduleMarkdown, paramMarkdown } from './docs';
import { findModule, findParam } from './moduleParams';
import type { ModprobeFile } from './parser';

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

const hover = (value: string, range: Range): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

export function computeHover(_doc: TextDocument, parsed: ModprobeFile, position: Position, settings: Settings): Hover | null {
  const command = parsed.commandOnLine(position.line);
  if (!command) return null;
  if (contains(command.command.range, position)) {
    const doc = COMMAND_DOCS.get(command.command.text);
    return doc ? hover(doc, command.command.range) : null;
  }
  const moduleWord = command.args[0];
  const module = moduleWord && command.command.text !== 'alias' ? findModule(moduleWord.text) : undefined;
  if (moduleWord && module && contains(moduleWord.range, position)) return hover(moduleMarkdown(module), moduleWord.range);
  if (!module) return null;
  const param = command.params.find((p) => contains(p.range, position));
  const info = param ? findParam(module, param.name) : undefined;
  return param && info ? hover(paramMarkdown(module, info, settings.platform), param.range) : null;
}
