// The client ships this precomputed list, not the 40 KB sysctl table it is computed from
// (scripts/generate-schemas.ts writes it; a unit test checks it is current).
import kernelVersions from './kernel-versions.json';

/** What a knowledge-table row says about kernel versions (the sysctl table's field names). */
interface VersionedRow {
  key?: string;
  name?: string;
  introduced?: string;
  noOpSince?: string;
  removedIn?: string;
  defaults?: { since: string }[];
}

export interface KnownKernel {
  version: string;
  /** What changes at this version, e.g. "tcp_tw_recycle removed": what picking it changes in the judgement. */
  changes: string[];
}

const VERSION = /^\d+\.\d+$/;

/**
 * The kernel versions at which a knowledge table says something changes (a key added, ignored,
 * removed, or a new default), newest first. These are the versions whose choice alters a verdict,
 * so they are what the target picker offers.
 */
export function knownKernels(rows: readonly VersionedRow[]): KnownKernel[] {
  const changes = new Map<string, string[]>();
  for (const row of rows) {
    const name = shortName(row.key ?? row.name ?? '?');
    const add = (version: string | undefined, what: string) => {
      if (!version || !VERSION.test(version)) return;
      const list = changes.get(version) ?? [];
      if (!list.includes(`${name} ${what}`)) list.push(`${name} ${what}`);
      changes.set(version, list);
    };
    add(row.introduced, 'added');
    add(row.noOpSince, 'ignored');
    add(row.removedIn, 'removed');
    for (const entry of row.defaults ?? []) add(entry.since, 'new default');
  }
  return [...changes].map(([version, list]) => ({ version, changes: list })).sort((a, b) => compareVersions(b.version, a.version));
}

/** What the target picker offers: knownKernels() of the sysctl table. */
export const OFFERED_KERNELS: readonly KnownKernel[] = kernelVersions;

/** The last component of a dotted key: `net.ipv4.tcp_tw_recycle` → `tcp_tw_recycle`. */
function shortName(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/** At most `max` changes, then how many more. */
export function describeChanges(changes: readonly string[], max = 2): string {
  const shown = changes.slice(0, max).join(', ');
  return changes.length > max ? `${shown} and ${changes.length - max} more` : shown;
}

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function isKernelVersion(text: string): boolean {
  return VERSION.test(text.trim());
}
