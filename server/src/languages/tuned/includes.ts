import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import type { Settings } from '../../service/types';
import { valueSpanRange, type IniOption } from '../../formats/ini';
import { findShippedProfile, type ShippedProfile } from './shippedProfiles';
import { compareVersions, CURRENT_TUNED, tunedVersionOf } from './version';
import { perObjectCache } from '../../service/perObjectCache';

export interface IncludeEntry {
  /** As written between separators. */
  raw: string;
  /** The profile name tuned looks for: '-' removed, only the last path component. */
  name: string;
  optional: boolean;
  range: Range;
  /** Blanks inside: tuned looks for one profile with a blank in its name. */
  hasBlank: boolean;
  /** Contains ${…}: only known once tuned expands it. */
  dynamic: boolean;
}

/** `include=` split as tuned splits it: at ',' or ';' with the blanks around them, never at blanks alone. */
export function includeEntries(option: IniOption): IncludeEntry[] {
  const value = option.value;
  const entries: IncludeEntry[] = [];
  const separator = /\s*[,;]\s*/g;
  let at = 0;
  const push = (start: number, end: number) => {
    const raw = value.slice(start, end);
    if (raw === '') return;
    const optional = raw.startsWith('-');
    const bare = optional ? raw.slice(1) : raw;
    entries.push({
      raw,
      name: basename(bare),
      optional,
      range: valueSpanRange(option, start, end),
      hasBlank: /\s/.test(bare.trim()),
      dynamic: bare.includes('${'),
    });
  };
  for (let m = separator.exec(value); m; m = separator.exec(value)) {
    if (m[0] === '') {
      separator.lastIndex += 1;
      continue;
    }
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, value.length);
  return entries;
}

export type Resolution =
  | { kind: 'workspace'; uri: string }
  | { kind: 'shipped'; profile: ShippedProfile }
  | { kind: 'not-in-release'; profile: ShippedProfile; release: string }
  | { kind: 'missing' };

/** Finds profiles next to the one being edited; replaceable for tests and non-file documents. */
export interface ProfileLocator {
  sibling(docUri: string, name: string): string | undefined;
}

export const fileSystemLocator: ProfileLocator = {
  sibling(docUri, name) {
    if (!docUri.startsWith('file:')) return undefined;
    const path = pathOfUri(docUri);
    if (!path) return undefined;
    const own = dirname(path);
    const candidate = join(dirname(own), name, 'tuned.conf');
    if (candidate === path || !existsSync(candidate)) return undefined;
    return pathToFileURL(candidate).toString();
  },
};

/** The file behind a `file:` URI; undefined for other schemes (untitled documents). */
function pathOfUri(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The text of a profile the locator found; undefined when it cannot be read. */
export function readFileUri(uri: string): string | undefined {
  const path = pathOfUri(uri);
  try {
    return path ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

let locator: ProfileLocator = fileSystemLocator;

/** Tests point resolution at their own folders. */
export function setProfileLocator(next: ProfileLocator): void {
  locator = next;
}

/**
 * A profile in a sibling folder wins (like /etc/tuned over /usr/lib/tuned); then the profiles
 * shipped with the targeted release.
 */
export function resolveInclude(docUri: string, name: string, settings: Settings): Resolution {
  const sibling = locator.sibling(docUri, name);
  if (sibling) return { kind: 'workspace', uri: sibling };
  const shipped = findShippedProfile(name);
  if (!shipped) return { kind: 'missing' };
  const release = tunedVersionOf(settings) || CURRENT_TUNED;
  const tooOld = compareVersions(release, shipped.since) < 0;
  const dropped = shipped.lastRelease !== undefined && compareVersions(release, shipped.lastRelease) > 0;
  return tooOld || dropped ? { kind: 'not-in-release', profile: shipped, release } : { kind: 'shipped', profile: shipped };
}

const resolvedPerValidation = perObjectCache<object, { settings: Settings; byName: Map<string, Resolution> }>('resolvedPerValidation');

/**
 * resolveInclude for the rules of one validation: tuned-missing-include and
 * tuned-undefined-variable ask about the same names of the same profile (`profile` is the parse
 * they check), so the sibling folder is looked for once per parse, settings and name.
 */
export function resolveIncludeOnce(profile: { uri: string }, name: string, settings: Settings): Resolution {
  let memo = resolvedPerValidation.get(profile);
  if (!memo || memo.settings !== settings) resolvedPerValidation.set(profile, (memo = { settings, byName: new Map() }));
  let resolution = memo.byName.get(name);
  if (!resolution) memo.byName.set(name, (resolution = resolveInclude(profile.uri, name, settings)));
  return resolution;
}
