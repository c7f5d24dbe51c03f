import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { includeEntries, resolveInclude } from './includes';
import { mainIncludes } from './rules/tuned-missing-include';
import type { TunedProfile } from './parser';

/** An include= name opens the included profile when it is a sibling folder in the workspace. */
export function computeDefinition(_doc: TextDocument, profile: TunedProfile, position: Position, settings: Settings): Location[] {
  for (const option of mainIncludes(profile)) {
    for (const entry of includeEntries(option)) {
      const r = entry.range;
      if (r.start.line !== position.line || position.character < r.start.character || position.character > r.end.character) continue;
      const resolved = resolveInclude(profile.uri, entry.name, settings);
      if (resolved.kind !== 'workspace') return [];
      const start = { line: 0, character: 0 };
      return [{ uri: resolved.uri, range: { start, end: start } }];
    }
  }
  return [];
}
