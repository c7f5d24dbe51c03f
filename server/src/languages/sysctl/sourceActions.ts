import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import type { SysctlFile } from './parser';

export function computeSourceActions(_doc: TextDocument, _parsed: SysctlFile, _settings: Settings, _range: Range): CodeAction[] {
  return [];
}
