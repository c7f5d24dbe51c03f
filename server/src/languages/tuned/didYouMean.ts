/** Levenshtein distance, capped: enough to tell a typo from a different word. */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

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
