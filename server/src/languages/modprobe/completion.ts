import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { COMMAND_DOCS, moduleMarkdown, paramMarkdown } from './docs';
import { allModules, defaultFor, existsOn, findModule, findParam } from './moduleParams';
import { COMMANDS, type ModprobeFile } from './parser';

export function computeCompletions(doc: TextDocument, _parsed: ModprobeFile, position: Position, settings: Settings): CompletionItem[] {
  const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  if (/^\s*#/.test(lineText)) return [];
  const words = lineText.trimStart().split(/[ \t]+/);
  const typed = words[words.length - 1];
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  if (words.length === 1) {
    return COMMANDS.map((c) => ({ label: c, kind: CompletionItemKind.Keyword, documentation: { kind: MarkupKind.Markdown, value: COMMAND_DOCS.get(c) ?? '' }, textEdit: { range, newText: `${c} ` } }));
  }
  if (words[0] !== 'options') return [];
  if (words.length === 2) {
    return allModules().map((m) => ({ label: m.name, kind: CompletionItemKind.Module, documentation: { kind: MarkupKind.Markdown, value: moduleMarkdown(m) }, textEdit: { range, newText: `${m.name} ` } }));
  }
  const module = findModule(words[1]);
  if (!module) return [];
  const equals = typed.indexOf('=');
  if (equals < 0) {
    return module.params
      .filter((p) => existsOn(p, settings.platform))
      .map((p) => ({
        label: p.name,
        kind: CompletionItemKind.Property,
        detail: p.paper ? `IBM paper: ${p.paper.value}` : `default ${defaultFor(p, settings.platform)}`,
        documentation: { kind: MarkupKind.Markdown, value: paramMarkdown(module, p, settings.platform) },
        textEdit: { range, newText: `${p.name}=` },
        sortText: `${p.paper ? '0' : '1'}${p.name}`,
      }));
  }
  const param = findParam(module, typed.slice(0, equals));
  if (!param) return [];
  const valueRange = { start: { line: position.line, character: range.start.character + equals + 1 }, end: position };
  const values: [string, string][] = [];
  if (param.paper) values.push([String(param.paper.value), 'IBM paper value']);
  const fallback = defaultFor(param, settings.platform);
  if (typeof fallback === 'number' || /^[\w]+$/.test(String(fallback))) values.push([String(fallback), `default${settings.platform ? ` on ${settings.platform}` : ''}`]);
  return values.map(([label, detail], i) => ({ label, detail, kind: CompletionItemKind.Value, textEdit: { range: valueRange, newText: label }, sortText: String(i) }));
}
