import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import type { SysctlFile } from './parser';

export function computeCompletions(_doc: TextDocument, _parsed: SysctlFile, _position: Position, _settings: Settings): CompletionItem[] {
  return [];
}
