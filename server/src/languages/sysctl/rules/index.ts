import type { Finding, Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { excludesOfFile, settingsOfFile, type SysctlSetting } from '../setting';
import type { SysctlSettingsContext, SysctlSettingsRule, SysctlSyntaxRule } from './helpers';
import { coreBufferMax } from './sysctl-core-buffer-max';
import { dashPrefix } from './sysctl-dash-prefix';
import { duplicateKey } from './sysctl-duplicate-key';
import { emptyValue } from './sysctl-empty-value';
import { globPattern } from './sysctl-glob-pattern';
import { inlineComment } from './sysctl-inline-comment';
import { invalidValue } from './sysctl-invalid-value';
import { missingEquals } from './sysctl-missing-equals';
import { missingKey } from './sysctl-missing-key';
import { netdevMaxBacklog } from './sysctl-netdev-max-backlog';
import { noopKey } from './sysctl-noop-key';
import { notASysctl } from './sysctl-not-a-sysctl';
import { quotedValue } from './sysctl-quoted-value';
import { randomizeVaSpace } from './sysctl-randomize-va-space';
import { removedKey } from './sysctl-removed-key';
import { repeatedSeparator } from './sysctl-repeated-separator';
import { semicolonComment } from './sysctl-semicolon-comment';
import { tcpBufferMax } from './sysctl-tcp-buffer-max';
import { tcpCongestionControl } from './sysctl-tcp-congestion-control';
import { tcpFinTimeout } from './sysctl-tcp-fin-timeout';
import { tcpLimitOutputBytes } from './sysctl-tcp-limit-output-bytes';
import { tcpLowLatency } from './sysctl-tcp-low-latency';
import { tcpMaxTwBuckets } from './sysctl-tcp-max-tw-buckets';
import { tcpTwReuse } from './sysctl-tcp-tw-reuse';
import { tripleOrder } from './sysctl-triple-order';
import { unicodeSpace } from './sysctl-unicode-space';
import { unknownKey } from './sysctl-unknown-key';
import { perObjectCache } from '../../../service/perObjectCache';

export type { SysctlSettingsContext, SysctlSettingsRule, SysctlSyntaxRule } from './helpers';
export type { SysctlSetting } from '../setting';

/** Rules about sysctl.conf's own grammar, in the order their findings are reported for the same position. */
export const sysctlSyntaxRules: readonly SysctlSyntaxRule[] = [
  missingEquals,
  missingKey,
  dashPrefix,
  unicodeSpace,
  emptyValue,
  quotedValue,
  inlineComment,
  duplicateKey,
  repeatedSeparator,
  semicolonComment,
  globPattern,
];

/** Rules about what a setting does to the kernel; every format that sets sysctls (tuned's [sysctl] too) runs them. */
export const sysctlSettingsRules: readonly SysctlSettingsRule[] = [
  unknownKey,
  removedKey,
  noopKey,
  notASysctl,
  invalidValue,
  tripleOrder,
  netdevMaxBacklog,
  coreBufferMax,
  tcpCongestionControl,
  tcpFinTimeout,
  tcpLimitOutputBytes,
  tcpLowLatency,
  tcpMaxTwBuckets,
  tcpBufferMax,
  tcpTwReuse,
  randomizeVaSpace,
];

/** Every settings rule's findings for these settings (rule defaults apply where a finding sets no severity). */
export function checkSysctlSettings(settings: readonly SysctlSetting[], ctx: SysctlSettingsContext): Finding[] {
  return sysctlSettingsRules.flatMap((rule) => rule.check(settings, ctx));
}

/**
 * A settings rule as a rule of another language: `settingsOf` turns that language's parse into
 * settings (tuned: its [sysctl] options). The finding's rule id stays `sysctl-…`.
 */
export function settingsRuleFor<P>(rule: SysctlSettingsRule, settingsOf: (parsed: P) => readonly SysctlSetting[]): Rule<P> {
  const { check, keysOnly: _keysOnly, ...described } = rule;
  return { ...described, check: ({ doc, parsed, settings }) => check(settingsOf(parsed), { doc, settings }) };
}

const withExcludesCache = perObjectCache<SysctlFile, readonly SysctlSetting[]>('withExcludesCache');

/** Settings and `-key` excludes in line order, built once per parse for every key-only rule. */
function settingsWithExcludes(file: SysctlFile): readonly SysctlSetting[] {
  const excludes = excludesOfFile(file);
  // Without excludes it is the settings array itself, so the per-array caches of rules/helpers.ts are shared.
  if (excludes.length === 0) return settingsOfFile(file);
  let all = withExcludesCache.get(file);
  if (!all) withExcludesCache.set(file, (all = [...settingsOfFile(file), ...excludes].sort((a, b) => a.line - b.line)));
  return all;
}

/** sysctl.conf's settings; rules that judge only keys see the `-key` excludes as well. */
function fileSettingsRule(rule: SysctlSettingsRule): Rule<SysctlFile> {
  return settingsRuleFor<SysctlFile>(rule, (file) => (rule.keysOnly ? settingsWithExcludes(file) : settingsOfFile(file)));
}

/** Every sysctl rule, syntax first, in the order their findings are reported for the same position. */
export const sysctlRules: readonly Rule<SysctlFile>[] = [...sysctlSyntaxRules, ...sysctlSettingsRules.map(fileSettingsRule)];
