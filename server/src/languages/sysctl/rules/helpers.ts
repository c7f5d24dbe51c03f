import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Rule, SeverityName, Settings } from '../../../service/types';
import type { SysctlKeyInfo } from '../keyTable';
import { leadingSpace, trimBlankEnd, type SysctlFile, type SysctlLine } from '../parser';
import { lastIndexByKey, resolvedSettings, type ResolvedSetting, type SysctlSetting } from '../setting';
import { perObjectCache } from '../../../service/perObjectCache';

/** A rule about sysctl.conf's own grammar (quotes, comments, `=`); it reads the parsed file. */
export type SysctlSyntaxRule = Rule<SysctlFile>;

export interface SysctlSettingsContext {
  doc: TextDocument;
  settings: Settings;
}

/** A rule about what a setting does to the kernel, whichever file format set it (sysctl.conf, tuned's [sysctl]). */
export interface SysctlSettingsRule {
  id: string;
  defaultSeverity: SeverityName;
  summary: string;
  fromPaper?: boolean;
  /** Judges keys only, so value-less entries (sysctl.conf's `-key` excludes) may be passed as well. */
  keysOnly?: boolean;
  check(settings: readonly SysctlSetting[], ctx: SysctlSettingsContext): Finding[];
}

/** The line without its leading and trailing blanks: for findings about the line as a whole. */
export function trimmedLineRange(line: SysctlLine): Range {
  const start = leadingSpace(line.text);
  return { start: { line: line.line, character: start }, end: { line: line.line, character: trimBlankEnd(line.text).length } };
}

export interface KnownSetting {
  setting: SysctlSetting;
  info: SysctlKeyInfo;
}

// Most settings rules start from these two lists; each is computed once per settings array.
const knownCache = perObjectCache<readonly SysctlSetting[], KnownSetting[]>('knownCache');
const effectiveCache = perObjectCache<readonly SysctlSetting[], KnownSetting[]>('effectiveCache');
const effectiveIndexCache = perObjectCache<readonly SysctlSetting[], Map<string, number[]>>('effectiveIndexCache');

/** Settings of keys in the table. */
export function knownSettings(settings: readonly SysctlSetting[]): KnownSetting[] {
  let known = knownCache.get(settings);
  if (!known) {
    known = [];
    // The resolved settings themselves, so a large file holds one object per setting, not two.
    const resolved = resolvedSettings(settings);
    for (let i = 0; i < resolved.length; i += 1) {
      const setting = resolved[i];
      if (hasInfo(setting)) known.push(setting);
    }
    knownCache.set(settings, known);
  }
  return known;
}

function hasInfo(resolved: ResolvedSetting): resolved is ResolvedSetting & KnownSetting {
  return resolved.info !== undefined;
}

/** Only the setting that wins for each key (the last one), so advice is not repeated on overridden lines. */
export function effectiveSettings(settings: readonly SysctlSetting[]): KnownSetting[] {
  let effective = effectiveCache.get(settings);
  if (!effective) {
    effective = lastOfEachKey(settings);
    effectiveCache.set(settings, effective);
  }
  return effective;
}

/**
 * The effective settings of the given table keys, in effectiveSettings' order: rules about a few
 * keys look them up instead of scanning every setting of the file.
 */
export function effectiveSettingsOf(settings: readonly SysctlSetting[], tableKeys: readonly string[]): KnownSetting[] {
  const effective = effectiveSettings(settings);
  let index = effectiveIndexCache.get(settings);
  if (!index) {
    index = new Map();
    effective.forEach((known, position) => {
      const positions = index!.get(known.info.key);
      if (positions) positions.push(position);
      else index!.set(known.info.key, [position]);
    });
    effectiveIndexCache.set(settings, index);
  }
  const positions = tableKeys.flatMap((key) => index.get(key) ?? []);
  if (tableKeys.length > 1) positions.sort((a, b) => a - b);
  return positions.map((position) => effective[position]);
}

/**
 * The last known setting of each key, ordered by line (ties: by the key's first appearance). When
 * every key's last setting is a known one and the settings come one per line in order (as files
 * have them), these are the known settings that are their key's last, in file order.
 */
function lastOfEachKey(settings: readonly SysctlSetting[]): KnownSetting[] {
  const resolved = resolvedSettings(settings);
  const last = lastIndexByKey(settings);
  const winners: KnownSetting[] = [];
  for (let index = 0; index < resolved.length; index += 1) {
    const entry = resolved[index];
    if (!hasInfo(entry)) continue;
    const lastIndex = last.get(entry.setting.key)!;
    if (!hasInfo(resolved[lastIndex])) return lastKnownByLine(knownSettings(settings));
    if (lastIndex === index) winners.push(entry);
  }
  const inLineOrder = winners.every((entry, i) => i === 0 || winners[i - 1].setting.line < entry.setting.line);
  return inLineOrder ? winners : lastKnownByLine(knownSettings(settings));
}

function lastKnownByLine(known: readonly KnownSetting[]): KnownSetting[] {
  const byFirstAppearance = new Map<string, KnownSetting>();
  for (let i = 0; i < known.length; i += 1) byFirstAppearance.set(known[i].setting.key, known[i]);
  return [...byFirstAppearance.values()].sort((a, b) => a.setting.line - b.setting.line);
}
