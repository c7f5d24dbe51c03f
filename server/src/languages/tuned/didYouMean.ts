import { editDistance } from '../../formats/editDistance';

/** Candidates close to `name` (case-insensitive match first, then small edit distance), best first. */
export function didYouMean(name: string, candidates: readonly string[], max = 2): string[] {
  const lower = name.toLowerCase();
  const sameCase = candidates.filter((c) => c.toLowerCase() === lower && c !== name);
  if (sameCase.length > 0) return sameCase.slice(0, max);
  const limit = name.length <= 4 ? 1 : name.length <= 8 ? 2 : 3;
  return candidates
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase(), limit) }))
    .filter(({ c, d }) => d <= limit && c !== name)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c);
}
