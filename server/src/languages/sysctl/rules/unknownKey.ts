import type { Finding, Rule } from '../../../service/types';
import { isInCompleteNamespace, isKnownKey, isLeafTypo, lookupKey, suggestKeys } from '../keyTable';
import type { SysctlFile, SysctlKey, SysctlLine } from '../parser';
import { hasUnicodeSpace, shorten } from '../values';
import { elsewhereName } from './notASysctl';

const SHELL_COMMAND = /^sysctl[ \t]+(?:-\w+[ \t]+)*/;

export const unknownKey: Rule<SysctlFile> = {
  id: 'sysctl-unknown-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel does not have (a typo, a vendor-only key or a pasted shell command); offers the closest known key.',
  check: ({ parsed }) => parsed.lines.flatMap(finding),
};

function finding(line: SysctlLine): Finding[] {
  const key = line.key;
  if (!key || key.isGlob || (line.kind !== 'assignment' && line.kind !== 'exclude')) return [];
  if (SHELL_COMMAND.test(key.raw)) return [shellCommand(key)];
  // sysctl-unicode-space reports the NBSP or BOM that makes the name unknown.
  if (hasUnicodeSpace(key.raw)) return [];
  if (elsewhereName(key.components)) return [];
  const vendorOnly = lookupKey(key.components)?.vendorOnly;
  if (vendorOnly) {
    return [{ ruleId: unknownKey.id, range: key.range, message: `${key.name} exists only in ${vendorOnly}; mainline kernels have no such key, so sysctl reports it as unknown.` }];
  }
  if (isKnownKey(key.components)) return [];
  // Outside namespaces the table lists completely an unlisted key may well be real (many IPv6 keys are).
  if (!isInCompleteNamespace(key.name)) return [];
  const suggestions = suggestKeys(key.name);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return [
    {
      ruleId: unknownKey.id,
      range: key.range,
      message: `Unknown key '${shorten(key.name)}': the kernel has no such sysctl, so the line has no effect.${hint}`,
      fixes: suggestions.map((suggestion) => ({
        title: `Change to '${suggestion}'`,
        edits: [{ range: key.range, newText: key.separator === '/' ? suggestion.replace(/\./g, '/') : suggestion }],
        isPreferred: suggestions.length === 1 && isLeafTypo(key.name, suggestion),
      })),
    },
  ];
}

function shellCommand(key: SysctlKey): Finding {
  const bare = key.raw.replace(SHELL_COMMAND, '');
  return {
    ruleId: unknownKey.id,
    severity: 'error',
    range: key.range,
    message: `'${shorten(key.raw)}' is a shell command, not a key; sysctl looks for a key with that literal name and fails. Write only '${shorten(bare)} = …' in a sysctl file.`,
    fixes: [{ title: `Change to '${bare}'`, edits: [{ range: key.range, newText: bare }], isPreferred: true }],
  };
}
