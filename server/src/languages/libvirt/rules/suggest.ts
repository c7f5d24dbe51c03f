/** Edit distance with transpositions, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** The one candidate within a small distance (case-insensitive), or undefined when none or several tie. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  if (value.length > 64) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  const scored = candidates.map((c) => ({ c, d: c.toLowerCase() === value.toLowerCase() ? 0 : distance(value.toLowerCase(), c.toLowerCase()) })).filter((s) => s.d <= limit);
  if (scored.length === 0) return undefined;
  scored.sort((x, y) => x.d - y.d);
  if (scored.length > 1 && scored[0].d === scored[1].d) return undefined;
  return scored[0].c;
}
