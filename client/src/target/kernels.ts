import sysctlKeys from '../../../server/src/languages/sysctl/keys.json';

/** What a knowledge-table row says about kernel versions (the sysctl table's field names). */
interface VersionedRow {
  introduced?: string;
  noOpSince?: string;
  removedIn?: string;
  defaults?: { since: string }[];
}

export interface KnownKernel {
  version: string;
  /** How many table rows change at this version: what picking it changes in the judgement. */
  changes: number;
}

const VERSION = /^\d+\.\d+$/;

/**
 * The kernel versions at which a knowledge table says something changes (a key added, ignored,
 * removed, or a new default), newest first. These are the versions whose choice alters a verdict,
 * so they are what the target picker offers.
 */
export function knownKernels(rows: readonly VersionedRow[] = sysctlKeys as VersionedRow[]): KnownKernel[] {
  const counts = new Map<string, number>();
  const add = (version: string | undefined) => {
    if (version && VERSION.test(version)) counts.set(version, (counts.get(version) ?? 0) + 1);
  };
  for (const row of rows) {
    add(row.introduced);
    add(row.noOpSince);
    add(row.removedIn);
    for (const entry of row.defaults ?? []) add(entry.since);
  }
  return [...counts].map(([version, changes]) => ({ version, changes })).sort((a, b) => compareVersions(b.version, a.version));
}

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function isKernelVersion(text: string): boolean {
  return VERSION.test(text.trim());
}
