import type { TextDocument } from 'vscode-languageserver-textdocument';
import { editsAddNoError } from '../../../service/fixSafety';
import { budgetedSuggestions, MAX_SUGGESTED_NAMES } from '../../../service/limits';
import type { Finding, Fix, Settings } from '../../../service/types';
import { CONTEXT_KEYS } from '../applies';
import { lookupKey, suggestKeys } from '../keyTable';
import { parseIfcfg, type IfcfgAssignment, type IfcfgFile } from '../parser';
import { noFileTunable } from '../tunables';
import { shorten, type IfcfgRule } from './helpers';
import { ifcfgRules } from './index';

export const unknownKey: IfcfgRule = {
  id: 'ifcfg-unknown-key',
  defaultSeverity: 'warning',
  summary: 'A key neither NetworkManager nor initscripts knows (a typo, wrong case, or a setting ifcfg cannot hold such as txqueuelen); offers the closest key.',
  check: ({ doc, parsed, settings }) => {
    const found: Finding[] = [];
    const suggest = budgetedSuggestions(MAX_SUGGESTED_NAMES, suggestKeys);
    for (let i = 0; i < parsed.assignments.length; i += 1) {
      const assignment = parsed.assignments[i];
      if (lookupKey(assignment.property.name)) continue;
      for (const f of finding(assignment, suggest)) found.push(f.fixes?.some(renamesIntoContext) ? { ...f, fixes: f.fixes.filter((fix) => addsNoError(fix, doc, parsed, settings)) } : f);
    }
    return found;
  },
};

const renamesIntoContext = (fix: Fix) => fix.edits.some((edit) => CONTEXT_KEYS.has(edit.newText));

/** A rename into NETTYPE or TYPE changes what the other rules check: offered only when that adds no error. */
function addsNoError(fix: Fix, doc: TextDocument, parsed: IfcfgFile, settings: Settings): boolean {
  return !renamesIntoContext(fix) || editsAddNoError(ifcfgRules, unknownKey.id, parseIfcfg, doc, parsed, settings, fix.edits);
}

function finding(assignment: IfcfgAssignment, suggest: (name: string) => readonly string[]): Finding[] {
  const { property } = assignment;
  const tunable = noFileTunable(property.name);
  if (tunable) {
    return [{ ruleId: unknownKey.id, range: property.nameRange, message: `ifcfg has no key for ${tunable.what}; NetworkManager and initscripts ignore ${property.name}. ${tunable.instead}` }];
  }
  const suggestions = suggest(property.name);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return [
    {
      ruleId: unknownKey.id,
      range: property.nameRange,
      message: `Unknown key '${shorten(property.name)}': NetworkManager keeps it in the file but it has no effect.${hint}`,
      fixes: suggestions.map((suggestion) => ({
        title: `Change to '${suggestion}'`,
        edits: [{ range: property.nameRange, newText: suggestion }],
        isPreferred: suggestions.length === 1 && suggestion === property.name.toUpperCase(),
      })),
    },
  ];
}
