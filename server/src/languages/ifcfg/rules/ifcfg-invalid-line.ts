import type { Finding } from '../../../service/types';
import type { IfcfgLine } from '../parser';
import { shorten, trimmedLineRange, type IfcfgRule } from './helpers';

const SPACED_ASSIGNMENT = /^([ \t]*)([A-Za-z_][A-Za-z0-9_]*)([ \t]*)=([ \t]*)/;
const EXPORTED = /^([ \t]*)(export[ \t]+)([A-Za-z_][A-Za-z0-9_]*=)/;

export const invalidLine: IfcfgRule = {
  id: 'ifcfg-invalid-line',
  defaultSeverity: 'error',
  summary: "A line that is not 'NAME=value' (blanks around '=', 'export', a command): NetworkManager ignores it.",
  check: ({ parsed }) => parsed.lines.filter((l) => l.kind === 'invalid').map(finding),
};

function finding(line: IfcfgLine): Finding {
  const range = trimmedLineRange(line);
  const spaced = SPACED_ASSIGNMENT.exec(line.text);
  if (spaced && (spaced[3] !== '' || spaced[4] !== '')) {
    const start = spaced[1].length + spaced[2].length;
    const end = spaced[0].length;
    return {
      ruleId: invalidLine.id,
      range,
      message: `Blanks around '=' make this line invalid: NetworkManager ignores it ("invalid line ignored") and bash would run '${spaced[2]}' as a command. Write ${spaced[2]}=value.`,
      fixes: [{ title: `Remove the blanks around '='`, edits: [{ range: { start: { line: line.line, character: start }, end: { line: line.line, character: end } }, newText: '=' }], isPreferred: true }],
    };
  }
  const exported = EXPORTED.exec(line.text);
  if (exported) {
    const start = exported[1].length;
    return {
      ruleId: invalidLine.id,
      range,
      message: `NetworkManager does not recognise 'export NAME=value' and ignores the line; ifcfg files are not scripts, write the assignment alone.`,
      fixes: [{ title: "Remove 'export'", edits: [{ range: { start: { line: line.line, character: start }, end: { line: line.line, character: start + exported[2].length } }, newText: '' }], isPreferred: true }],
    };
  }
  return {
    ruleId: invalidLine.id,
    range,
    message: `'${shorten(line.text.trim())}' is not a NAME=value assignment: NetworkManager ignores the line (legacy initscripts would run it as a shell command).`,
    fixes: [{ title: 'Comment out the line', edits: [{ range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: 0 } }, newText: '# ' }], isPreferred: false }],
  };
}
