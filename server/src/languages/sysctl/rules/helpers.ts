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
const knownCache = perObjectCache<readonly SysctlSetting[], readonly KnownSetting[]>('knownCache');
const effectiveCache = perObjectCache<readonly SysctlSetting[], readonly KnownSetting[]>('effectiveCache');
const effectiveIndexCache = perObjectCache<readonly SysctlSetting[], EffectiveIndex>('effectiveIndexCache');

/** Positions in effectiveSettings of the keys rules have asked about, as of `asked` (askedKeys.size then). */
interface EffectiveIndex {
  asked: number;
  positions: Map<string, number[]>;
}

/**
 * The table keys effectiveSettingsOf has been asked about (the paper rules' keys and a few more): the
 * index holds only those, not every key of the file (a large file's per-interface keys would fill it
 * for nothing). It grows during the first validations, and an index built before it grew is rebuilt.
 */
const askedKeys = new Set<string>();

/** Settings of keys in the table. */
export function knownSettings(settings: readonly SysctlSetting[]): readonly KnownSetting[] {
  let known = knownCache.get(settings);
  if (!known) {
    // The resolved settings themselves, so a large file holds one object per setting, not two; and
    // when every key is in the table (as in most files), the very same array.
    const resolved = resolvedSettings(settings);
    let count = 0;
    for (let i = 0; i < resolved.length; i += 1) if (hasInfo(resolved[i])) count += 1;
    if (count === resolved.length) known = resolved as readonly KnownResolved[];
    else {
      const some: KnownResolved[] = [];
      for (let i = 0; i < resolved.length; i += 1) {
        const setting = resolved[i];
        if (hasInfo(setting)) some.push(setting);
      }
      known = some;
    }
    knownCache.set(settings, known);
  }
  return known;
}

type KnownResolved = ResolvedSetting & KnownSetting;

function hasInfo(resolved: ResolvedSetting): resolved is KnownResolved {
  return resolved.info !== undefined;
}

/** Only the setting that wins for each key (the last one), so advice is not repeated on overridden lines. */
export function effectiveSettings(settings: readonly SysctlSetting[]): readonly KnownSetting[] {
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
  for (const key of tableKeys) askedKeys.add(key);
  const effective = effectiveSettings(settings);
  let index = effectiveIndexCache.get(settings);
  if (!index || index.asked !== askedKeys.size) {
    index = { asked: askedKeys.size, positions: new Map() };
    for (let position = 0; position < effective.length; position += 1) {
      const key = effective[position].info.key;
      if (!askedKeys.has(key)) continue;
      const positions = index.positions.get(key);
      if (positions) positions.push(position);
      else index.positions.set(key, [position]);
    }
    effectiveIndexCache.set(settings, index);
  }
  const { positions: byKey } = index;
  const positions = tableKeys.flatMap((key) => byKey.get(key) ?? []);
  if (tableKeys.length > 1) positions.sort((a, b) => a - b);
  return positions.map((position) => effective[position]);
}

/**
 * The last known setting of each key, ordered by line (ties: by the key's first appearance). When
 * every key's last setting is a known one and the settings come one per line in order (as files
 * have them), these are the known settings that are their key's last, in file order.
 */
function lastOfEachKey(settings: readonly SysctlSetting[]): readonly KnownSetting[] {
  const resolved = resolvedSettings(settings);
  const last = lastIndexByKey(settings);
  let winnerCount = 0;
  for (let index = 0; index < resolved.length; index += 1) {
    const entry = resolved[index];
    if (!hasInfo(entry)) continue;
    const lastIndex = last.get(entry.setting.key)!;
    if (!hasInfo(resolved[lastIndex])) return lastKnownByLine(knownSettings(settings));
    if (lastIndex === index) winnerCount += 1;
  }
  // Every known setting is its key's last (no key repeated, as in most files): the known list itself.
  const known = knownSettings(settings);
  return winnerCount === known.length && inLineOrder(known) ? known : lastWinners(resolved, last, known);
}

function lastWinners(resolved: readonly ResolvedSetting[], last: ReadonlyMap<string, number>, known: readonly KnownSetting[]): readonly KnownSetting[] {
  const winners: KnownSetting[] = [];
  for (let index = 0; index < resolved.length; index += 1) {
    const entry = resolved[index];
    if (hasInfo(entry) && last.get(entry.setting.key) === index) winners.push(entry);
  }
  return inLineOrder(winners) ? winners : lastKnownByLine(known);
}

function inLineOrder(list: readonly KnownSetting[]): boolean {
  for (let i = 1; i < list.length; i += 1) if (list[i - 1].setting.line >= list[i].setting.line) return false;
  return true;
}

function lastKnownByLine(known: readonly KnownSetting[]): KnownSetting[] {
  const byFirstAppearance = new Map<string, KnownSetting>();
  for (let i = 0; i < known.length; i += 1) byFirstAppearance.set(known[i].setting.key, known[i]);
  return [...byFirstAppearance.values()].sort((a, b) => a.setting.line - b.setting.line);
}
