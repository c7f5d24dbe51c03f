import { replaceFix } from '../../../formats/fixes';
import type { Finding } from '../../../service/types';
import { isIntegerType, lookupKey } from '../keyTable';
import type { SysctlFile, SysctlLine } from '../parser';
import { UNICODE_SPACE, hasUnicodeSpace } from '../values';
import type { SysctlSyntaxRule } from './helpers';

export const unicodeSpace: SysctlSyntaxRule = {
  id: 'sysctl-unicode-space',
  defaultSeverity: 'error',
  summary: 'A byte order mark or a Unicode space (NBSP, U+2028, ...): procps and the kernel see it as part of the key or value, not as a blank.',
  check: ({ parsed }) => parsed.lines.filter((line) => hasUnicodeSpace(line.text)).flatMap(findings),
};

const BOM = '\uFEFF';

function findings(line: SysctlLine): Finding[] {
  if (line.kind === 'comment' || line.kind === 'blank') return [];
  const found: Finding[] = [];
  // A file saved twice by a BOM-adding editor starts with two: one finding and one fix for the run.
  const leadingBoms = line.line === 0 ? line.text.length - line.text.replace(/^\uFEFF+/, '').length : 0;
  for (const match of line.text.matchAll(UNICODE_SPACE)) {
    const character = match.index ?? 0;
    if (character > 0 && character < leadingBoms) continue;
    const end = character === 0 && leadingBoms > 0 ? leadingBoms : character + 1;
    const range = { start: { line: line.line, character }, end: { line: line.line, character: end } };
    if (line.line === 0 && character === 0 && match[0] === BOM) {
      found.push({
        ruleId: unicodeSpace.id,
        range,
        message: 'The file starts with a UTF-8 byte order mark: procps reads it as part of the first key, so that line fails. Save the file without a BOM.',
        fixes: [replaceFix('Remove the byte order mark', range, '', true)],
      });
      continue;
    }
    found.push({
      ruleId: unicodeSpace.id,
      range,
      message: `${describe(match[0])} ${consequence(line, character)}`,
      fixes: [replaceFix('Replace with a space', range, ' ', true)],
    });
  }
  return found;
}

function describe(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return ch === '\u00A0' ? `A no-break space (${code}) is not a blank for sysctl:` : `The Unicode space ${code} is not a blank for sysctl:`;
}

function consequence(line: SysctlLine, character: number): string {
  const inValue = line.valueRange !== undefined && line.equalsCharacter !== undefined && character > line.equalsCharacter;
  if (!inValue) return 'it becomes part of the key, so sysctl looks for a key that does not exist (ENOENT).';
  const info = line.key ? lookupKey(line.key.components) : undefined;
  return info && isIntegerType(info.type)
    ? 'the kernel reads it as part of the number and rejects the value (EINVAL).'
    : 'it is written to the kernel as part of the value.';
}
