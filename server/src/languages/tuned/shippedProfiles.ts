import raw from './shipped-profiles.json';

export interface ShippedProfile {
  name: string;
  /** First tuned release that ships it. */
  since: string;
  /** Last release that shipped it, for profiles tuned dropped. */
  lastRelease?: string;
  /** RPM subpackage that carries it, when it is not in the base tuned package. */
  package?: string;
  summary?: string;
  include?: string;
  sections: Record<string, Record<string, string>>;
}

const PROFILES: Record<string, Omit<ShippedProfile, 'name'>> = (raw as { profiles: Record<string, Omit<ShippedProfile, 'name'>> }).profiles;

export const SHIPPED_PROFILES: readonly ShippedProfile[] = Object.entries(PROFILES).map(([name, p]) => ({ name, ...p }));

const byName = new Map(SHIPPED_PROFILES.map((p) => [p.name, p]));

export function findShippedProfile(name: string): ShippedProfile | undefined {
  return byName.get(name);
}

export interface MergedSetting {
  value: string;
  /** The shipped profile that sets it last (the one that wins). */
  from: string;
}

export type MergedSections = ReadonlyMap<string, ReadonlyMap<string, MergedSetting>>;

const mergedByName = new Map<string, MergedSections>();

/**
 * Sections after tuned's merge of the include chain: parents first, the child's options laid over
 * them. The shipped table does not change, so each profile's merge is worked out once (read-only).
 */
export function mergedSettings(name: string): MergedSections {
  let merged = mergedByName.get(name);
  if (!merged) {
    merged = mergeChain(name, new Set());
    // Only names from the table are kept: the map stays as small as the table.
    if (byName.has(name)) mergedByName.set(name, merged);
  }
  return merged;
}

function mergeChain(name: string, seen: Set<string>): Map<string, Map<string, MergedSetting>> {
  const merged = new Map<string, Map<string, MergedSetting>>();
  const profile = byName.get(name);
  if (!profile || seen.has(name)) return merged;
  seen.add(name);
  for (const parent of (profile.include ?? '').split(/\s*[,;]\s*/).filter((p) => p !== '' && !p.includes('${'))) {
    for (const [section, options] of mergeChain(parent.replace(/^-/, ''), seen)) {
      const into = merged.get(section) ?? new Map<string, MergedSetting>();
      for (const [key, setting] of options) into.set(key, setting);
      merged.set(section, into);
    }
  }
  for (const [section, options] of Object.entries(profile.sections)) {
    const into = merged.get(section) ?? new Map<string, MergedSetting>();
    for (const [key, value] of Object.entries(options)) into.set(key, { value, from: name });
    merged.set(section, into);
  }
  return merged;
}

/** The chain of includes, parents first, as tuned loads them. */
export function includeChain(name: string, seen = new Set<string>()): string[] {
  const profile = byName.get(name);
  if (!profile || seen.has(name)) return [];
  seen.add(name);
  const parents = (profile.include ?? '').split(/\s*[,;]\s*/).filter((p) => p !== '' && !p.includes('${'));
  return [...parents.flatMap((p) => includeChain(p.replace(/^-/, ''), seen)), name];
}
