import { replaceFix } from '../../../formats/fixes';
import type { Finding } from '../../../service/types';
import { isInCompleteNamespace, isKnownKey, isLeafTypo, lookupKey, suggestKeys } from '../keyTable';
import { componentsOf, type SysctlSetting } from '../setting';
import { hasUnicodeSpace } from '../values';
import { shorten } from '../../../formats/messages';
import type { SysctlSettingsRule } from './helpers';
import { elsewhereTunable } from './sysctl-not-a-sysctl';

// Every leading `sysctl [-w]` at once (`sysctl sysctl -w key` is pasted too), so the fix is complete.
const SHELL_COMMAND = /^(?:sysctl[ \t]+(?:-\w+[ \t]+)*)+/;

export const unknownKey: SysctlSettingsRule = {
  id: 'sysctl-unknown-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel does not have (a typo, a vendor-only key or a pasted shell command); offers the closest known key.',
  keysOnly: true,
  check: (settings) => {
    const budget = { suggestions: SUGGESTIONS_PER_FILE };
    return settings.flatMap((setting) => finding(setting, budget));
  },
};

/**
 * Did-you-mean is the costly part (edit distance against the table); a file with thousands of
 * unknown keys is not a file of typos, so only the first ones get suggestions.
 */
export const SUGGESTIONS_PER_FILE = 200;

function finding(setting: SysctlSetting, budget: { suggestions: number }): Finding[] {
  const components = componentsOf(setting);
  if (SHELL_COMMAND.test(setting.key)) return [shellCommand(setting)];
  // sysctl-unicode-space reports the NBSP or BOM that makes the name unknown.
  if (hasUnicodeSpace(setting.key)) return [];
  if (elsewhereTunable(components)) return [];
  const vendorOnly = lookupKey(components)?.vendorOnly;
  if (vendorOnly) {
    return [{ ruleId: unknownKey.id, range: setting.keyRange, message: `${setting.key} exists only in ${vendorOnly}; mainline kernels have no such key, so sysctl reports it as unknown.` }];
  }
  if (isKnownKey(components)) return [];
  // Outside namespaces the table lists completely an unlisted key may well be real (many IPv6 keys are).
  if (!isInCompleteNamespace(setting.key)) return [];
  budget.suggestions -= 1;
  const suggestions = budget.suggestions >= 0 ? suggestKeys(setting.key) : [];
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return [
    {
      ruleId: unknownKey.id,
      range: setting.keyRange,
      message: `Unknown key '${shorten(setting.key)}': the kernel has no such sysctl, so the line has no effect.${hint}`,
      fixes: suggestions.map((suggestion) =>
        replaceFix(
          `Change to '${suggestion}'`,
          setting.keyRange,
          setting.separator === '/' ? suggestion.replace(/\./g, '/') : suggestion,
          suggestions.length === 1 && isLeafTypo(setting.key, suggestion),
        ),
      ),
    },
  ];
}

function shellCommand(setting: SysctlSetting): Finding {
  const bare = setting.key.replace(SHELL_COMMAND, '');
  return {
    ruleId: unknownKey.id,
    severity: 'error',
    range: setting.keyRange,
    message: `'${shorten(setting.key)}' is a shell command, not a key; sysctl looks for a key with that literal name and fails. Write only '${shorten(bare)} = …' in a sysctl file.`,
    fixes: [replaceFix(`Change to '${bare}'`, setting.keyRange, bare, true)],
  };
}
