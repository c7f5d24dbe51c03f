import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { requiredVariables } from './envVars';
import type { UperfProfile } from './model';

/** One lens on the first token: the environment variables uperf needs set (it fails when one is unset). */
export function computeCodeLenses(_doc: TextDocument, parsed: UperfProfile): CodeLens[] {
  const variables = requiredVariables(parsed);
  const first = parsed.tokens[0];
  if (variables.length === 0 || !first) return [];
  const example = variables.map((v) => `${v}=…`).join(' ');
  return [{
    range: parsed.rangeOf({ start: first.start, end: first.end }),
    command: { title: `uperf needs ${variables.map((v) => `$${v}`).join(', ')} set: ${example} uperf -m <profile>`, command: '' },
  }];
}
