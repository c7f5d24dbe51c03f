import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Finding, Fix } from '../../../service/types';
import type { IfcfgAssignment, IfcfgFile } from '../parser';
import { appendTokensEdit } from '../optionsEdit';
import { deleteLinesEdits, type IfcfgRule } from './helpers';

/** A Map: a key named `constructor` must not find Object's members. */
const OPTION_OF: ReadonlyMap<string, string> = new Map([['LAYER2', 'layer2'], ['PORTNO', 'portno']]);

export const installerKey: IfcfgRule = {
  id: 'ifcfg-installer-key',
  defaultSeverity: 'error',
  summary: 'LAYER2= or PORTNO= are installer (parm file / kickstart) variables, not ifcfg keys: NetworkManager ignores them; they belong in OPTIONS.',
  check: ({ doc, parsed }) => {
    const found = parsed.assignments.filter((a) => OPTION_OF.has(a.property.name));
    const fix = moveFix(doc, parsed, found);
    return found.map((a) => finding(a, fix));
  },
};

const tokenOf = (a: IfcfgAssignment) => `${OPTION_OF.get(a.property.name)}=${a.property.value}`;

/** One fix for all installer keys together, so fix-all cannot create two OPTIONS lines. */
function moveFix(doc: TextDocument, file: IfcfgFile, found: IfcfgAssignment[]): Fix | undefined {
  const movable = found.filter((a) => a.property.value !== '' && !a.property.badQuoting && file.effective.get(a.property.name) === a);
  if (movable.length === 0) return undefined;
  const tokens = movable.map(tokenOf).join(' ');
  const options = file.effective.get('OPTIONS');
  let edits: TextEdit[];
  if (options) {
    if (options.property.badQuoting) return undefined;
    edits = [appendTokensEdit(options.property, tokens), ...deleteLinesEdits(doc, found.map((a) => a.line))];
  } else {
    const [first, ...rest] = found;
    const replaceFirst = { range: { start: { line: first.line, character: 0 }, end: { line: first.line, character: first.text.length } }, newText: `OPTIONS="${tokens}"` };
    edits = [replaceFirst, ...deleteLinesEdits(doc, rest.map((a) => a.line))];
  }
  return { title: `Move to OPTIONS as '${tokens}'`, edits, isPreferred: true };
}

function finding(assignment: IfcfgAssignment, fix: Fix | undefined): Finding {
  const { property } = assignment;
  return {
    ruleId: installerKey.id,
    range: property.nameRange,
    message: `${property.name} is an installer parm-file variable, not an ifcfg key: NetworkManager ignores it. In ifcfg write OPTIONS="${tokenOf(assignment)}".`,
    fixes: fix ? [fix] : [],
  };
}
