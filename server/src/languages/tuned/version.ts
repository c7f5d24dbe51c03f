import { iniDialect, type IniDialect } from '../../formats/ini';
import type { Settings } from '../../service/types';

/** The release the knowledge table was read from; an empty kvmtune.tuned.version means this one. */
export const CURRENT_TUNED = '2.28';

/** kvmtune.tuned.version and kvmtune.platform. */
export function tunedVersionOf(settings: Settings): string {
  return settings.tunedVersion.trim();
}

export function platformOf(settings: Settings): string {
  return settings.platform.trim();
}

function parts(version: string): number[] {
  return version.split('.').map((p) => Number.parseInt(p, 10) || 0);
}

const MAX_TARGETS = 64;
const MAX_COMPARISONS = 1_024;
/** Results by the first release, then the second: no key text made per comparison. */
const comparisons = new Map<string, Map<string, number>>();

/** Rules compare the target with a few `since` releases for every option: each pair is worked out once (bounded). */
export function compareVersions(a: string, b: string): number {
  let row = comparisons.get(a);
  if (!row) {
    if (comparisons.size >= MAX_TARGETS) comparisons.clear();
    comparisons.set(a, (row = new Map()));
  }
  let result = row.get(b);
  if (result === undefined) {
    result = compareParts(a, b);
    if (row.size >= MAX_COMPARISONS) row.clear();
    row.set(b, result);
  }
  return result;
}

function compareParts(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether the target tuned (the current release when unset) is `since` or newer. */
export function targetHas(settings: Settings, since: string | undefined): boolean {
  if (!since) return true;
  return compareVersions(tunedVersionOf(settings) || CURRENT_TUNED, since) >= 0;
}

/** True only when a version is set and it is older than `version`. */
export function targetOlderThan(settings: Settings, version: string): boolean {
  const target = tunedVersionOf(settings);
  return target !== '' && compareVersions(target, version) < 0;
}

/**
 * How each tuned release reads tuned.conf. 2.19 made `=` the only delimiter and added `#` inline
 * comments; 2.17 and 2.18 used ConfigParser's defaults (`:` splits too, no inline comments).
 * Before 2.17 tuned used configobj, which kvmtune does not model: those targets are read like 2.17.
 */
export const TUNED_DIALECT: IniDialect = iniDialect({ delimiters: ['='], inlineCommentPrefixes: ['#'], optionNameCase: 'preserve' });
const TUNED_2_17_DIALECT: IniDialect = iniDialect({ delimiters: ['=', ':'], inlineCommentPrefixes: [], optionNameCase: 'preserve' });

export function dialectFor(settings: Settings): IniDialect {
  return targetOlderThan(settings, '2.19') ? TUNED_2_17_DIALECT : TUNED_DIALECT;
}

/** 2.17 to 2.19 parsed strictly: a repeated key or section header stopped the profile from loading. */
export function strictParsing(settings: Settings): boolean {
  return targetOlderThan(settings, '2.20');
}
