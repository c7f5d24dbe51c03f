/** Interprets the arguments `kvmtune.compareRuns` can be called with. Pure; no `vscode` import. */

export interface UriLike {
  scheme: string;
  fsPath: string;
}

export type RunPairRequest<U extends UriLike> =
  | { kind: 'pair'; a: U; b: U }
  | { kind: 'pick' }
  | { kind: 'error'; message: string };

export function isUriLike(value: unknown): value is UriLike {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.scheme === 'string' && typeof record.fsPath === 'string';
}

/**
 * Explorer context menu: `(clicked, selected[])`; tests and other callers: `(a, b)` or `(a, [a, b])`.
 * The first selected folder is A (the baseline), the second B. No usable arguments means "ask".
 */
export function resolveRunPair<U extends UriLike>(first: unknown, second: unknown): RunPairRequest<U> {
  if (Array.isArray(second)) {
    const uris = second.filter(isUriLike) as U[];
    if (uris.length === 2) return checkPair(uris[0], uris[1]);
    if (uris.length > 2) return { kind: 'error', message: `Select exactly two run folders to compare (${uris.length} are selected).` };
  }
  if (isUriLike(first) && isUriLike(second)) return checkPair(first as U, second as U);
  return { kind: 'pick' };
}

function checkPair<U extends UriLike>(a: U, b: U): RunPairRequest<U> {
  if (a.scheme !== 'file' || b.scheme !== 'file') return { kind: 'error', message: 'Only folders on the local file system can be compared.' };
  return { kind: 'pair', a, b };
}

/** File name suggested in the save dialog; labels come from run.json, so keep only safe characters. */
export function suggestedExportName(labelA: string, labelB: string, extension: string): string {
  const clean = (label: string) => label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'run';
  return `uperf-diff-${clean(labelA)}-vs-${clean(labelB)}.${extension}`;
}
