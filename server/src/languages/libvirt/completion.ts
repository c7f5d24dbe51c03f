import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import type { LibvirtDoc } from './model';

export function computeCompletions(_doc: TextDocument, _parsed: LibvirtDoc, _position: Position, _settings: Settings): CompletionItem[] {
  return [];
}
