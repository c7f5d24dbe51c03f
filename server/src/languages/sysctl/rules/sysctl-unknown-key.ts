import { replaceFix } from '../../../formats/fixes';
import { targetsKernelAtLeast } from '../../../service/settings';
import type { Finding, Settings } from '../../../service/types';
import { KERNEL_TABLE_KERNEL } from '../kernelKeys';
import { isInCompleteNamespace, isKnownKey, isLeafTypo, isTableKeyInCompleteNamespace, suggestKeys } from '../keyTable';
import { componentsOf, resolvedSettings, splitsAtEveryDot, type ResolvedSetting, type SysctlSetting } from '../setting';
import { hasUnicodeSpace } from '../values';
import { shorten } from '../../../formats/messages';
import { budgetedSuggestions } from '../../../service/limits';
import type { SysctlSettingsRule } from './helpers';

// Every leading `sysctl [-w]` at once (`sysctl sysctl -w key` is pasted too), so the fix is complete.
const SHELL_COMMAND = /^(?:sysctl[ \t]+(?:-\w+[ \t]+)*)+/;

export const unknownKey: SysctlSettingsRule = {
  id: 'sysctl-unknown-key',
  defaultSeverity: 'error',
  summary: 'A key the kernel does not have (a typo, wrong case, mixed separators, a pasted shell command): an error where the key table lists the namespace completely, with the closest known key.',
  keysOnly: true,
  check: (settings, { settings: options }) => {
    // The list is complete for the kernel it was made on; a newer target may have added the key.
    const context = { options, newer: targetsKernelAtLeast(options, FIRST_UNLISTED_KERNEL), suggest: budgetedSuggestions(SUGGESTIONS_PER_FILE, suggestKeys) };
    const findings: Finding[] = [];
    const resolved = resolvedSettings(settings);
    for (let i = 0; i < resolved.length; i += 1) {
      const found = finding(resolved[i], context);
      if (found) findings.push(found);
    }
    return findings;
  },
};

/**
 * Did-you-mean is the costly part (edit distance against the table); a file with thousands of
 * unknown keys is not a file of typos, so only the first distinct ones get suggestions.
 */
export const SUGGESTIONS_PER_FILE = 200;

/** procps-ng 4.0.2 reports a missing key even on a `-` line; systemd-sysctl skips it quietly. */
function dashNote(setting: SysctlSetting): string {
  return setting.ignoreFailure ? " The leading '-' only makes systemd-sysctl skip it quietly; procps-ng (4.0.2) still reports it and exits 1." : '';
}

/** "6.18.44-fc" -> "6.18". */
function shortVersion(release: string): string {
  return release.split('.').slice(0, 2).join('.');
}

/** "6.18.44-fc" -> "6.19": the first kernel the table may not know everything of. */
function nextMinor(release: string): string {
  const [major, minor] = release.split('.').map((part) => Number.parseInt(part, 10));
  return `${major}.${minor + 1}`;
}

const FIRST_UNLISTED_KERNEL = nextMinor(KERNEL_TABLE_KERNEL);

function keyFix(setting: SysctlSetting, suggestion: string, isPreferred: boolean) {
  return replaceFix(`Change to '${suggestion}'`, setting.keyRange, setting.separator === '/' ? suggestion.replace(/\./g, '/') : suggestion, isPreferred);
}

function shapeFinding(setting: SysctlSetting, components: readonly string[], why: string, fixed: string): Finding {
  const path = `/proc/sys/${components.join('/')}`;
  return {
    ruleId: unknownKey.id,
    range: setting.keyRange,
    message: `'${shorten(setting.key)}' ${why}, so sysctl reports "cannot stat ${shorten(path)}" and the line does nothing.${dashNote(setting)}`,
    fixes: [keyFix(setting, fixed, true)],
  };
}

/**
 * A key split at every dot with nothing to lower, no blank and no trailing dot: none of misshapen's
 * shapes can apply, so an unlisted key (every interface of a large file) costs no strings.
 */
function plainlyWritten(setting: SysctlSetting): boolean {
  const { key } = setting;
  return splitsAtEveryDot(setting) && key.toLowerCase() === key && !key.endsWith('.') && !/\s/.test(key);
}

/** A key that is a known one written in another shape: other case, a `/` after dots, a blank inside, a trailing separator. */
function misshapen(setting: SysctlSetting, components: readonly string[]): Finding | undefined {
  const say = (why: string, fixed: string) => shapeFinding(setting, components, why, fixed);
  const dotted = components.some((c) => c.includes('.')) ? components.flatMap((c) => c.split('.')) : components;
  const name = dotted.join('.');
  // Lowering the whole name leaves it unchanged only when no component has a letter to lower.
  if (name.toLowerCase() !== name) {
    const lower = dotted.map((c) => c.toLowerCase());
    if (name !== lower.join('.') && isKnownKey(lower)) return say(`is written in another case than the kernel's ${lower.join('.')} (keys are case-sensitive)`, lower.join('.'));
  }
  if (dotted.length !== components.length && isKnownKey(dotted)) return say(`mixes '.' and '/': after a first '.', procps reads each '/' as a dot inside a name`, name);
  if (dotted.some((c) => c.trim() !== c)) {
    const trimmed = dotted.map((c) => c.trim());
    if (isKnownKey(trimmed)) return say('has a blank inside, which sysctl keeps as part of a name', trimmed.join('.'));
  }
  if (dotted.at(-1) === '' && isKnownKey(dotted.slice(0, -1))) return say('ends with a separator', dotted.slice(0, -1).join('.'));
  return undefined;
}

/** What every setting of one check shares: the settings, whether the target is newer than the table, its did-you-mean (budgeted per file). */
interface CheckContext {
  options: Settings;
  newer: boolean;
  suggest: (name: string) => readonly string[];
}

function finding(resolved: ResolvedSetting, context: CheckContext): Finding | undefined {
  const { setting, info, tunable } = resolved;
  // A table name has no blanks or Unicode spaces, so only a vendor-only key can make a finding here.
  if (resolved.known && info?.vendorOnly === undefined) return undefined;
  if (SHELL_COMMAND.test(setting.key)) return shellCommand(setting);
  // sysctl-unicode-space reports the NBSP or BOM that makes the name unknown.
  if (hasUnicodeSpace(setting.key)) return undefined;
  if (tunable) return undefined;
  const vendorOnly = info?.vendorOnly;
  if (vendorOnly) {
    return { ruleId: unknownKey.id, severity: 'warning', range: setting.keyRange, message: `${setting.key} exists only in ${vendorOnly}; mainline kernels have no such key, so sysctl reports it as unknown.` };
  }
  if (resolved.known) return undefined;
  const shape = plainlyWritten(setting) ? undefined : misshapen(setting, componentsOf(setting));
  if (shape) return shape;
  // Outside namespaces the table lists completely an unlisted key may well be real (a module's).
  const inCompleteNamespace = splitsAtEveryDot(setting) ? isTableKeyInCompleteNamespace(resolved.tableKey, setting.key) : isInCompleteNamespace(setting.key);
  if (!inCompleteNamespace) return undefined;
  return unlistedKey(setting, context);
}

/**
 * A key in a namespace the table lists completely. Its own function: the closures it makes would
 * otherwise have every call of finding() allocate their context, most calls returning early.
 */
function unlistedKey(setting: SysctlSetting, { options, newer, suggest }: CheckContext): Finding {
  const suggestions = suggest(setting.key);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return {
    ruleId: unknownKey.id,
    severity: newer ? 'warning' : undefined,
    range: setting.keyRange,
    message: newer
      ? `Unknown key '${shorten(setting.key)}': Linux ${shortVersion(KERNEL_TABLE_KERNEL)} has no such sysctl; kvmtune's list ends there, so check it exists on ${options.kernel}.${hint}${dashNote(setting)}`
      : `Unknown key '${shorten(setting.key)}': the kernel has no such sysctl (sysctl reports "cannot stat"), so the line has no effect.${hint}${dashNote(setting)}`,
    fixes: suggestions.map((suggestion) => keyFix(setting, suggestion, suggestions.length === 1 && isLeafTypo(setting.key, suggestion))),
  };
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
