/** Did-you-mean for every language's table: keys, options, attributes, parameters. */

/** Rows for names shorter than this are kept between calls; a longer name gets its own. */
const KEPT_ROW_LENGTH = 256;
const keptRows = [new Int32Array(KEPT_ROW_LENGTH), new Int32Array(KEPT_ROW_LENGTH)];

/**
 * Levenshtein distance, giving up (returning budget + 1) once it cannot stay within `budget`. With a
 * finite budget only the diagonal band of width 2 × budget + 1 can hold a small enough value, so
 * only that band is computed: O(budget × length) per pair instead of O(length²).
 */
export function editDistance(a: string, b: string, budget = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  // A common prefix and suffix change nothing (a typo usually keeps most of the name): only what
  // lies between is compared, a[from, from + n) with b[from, from + m).
  let from = 0;
  const shorter = Math.min(a.length, b.length);
  while (from < shorter && a.charCodeAt(from) === b.charCodeAt(from)) from += 1;
  let n = a.length - from;
  let m = b.length - from;
  while (n > 0 && m > 0 && a.charCodeAt(from + n - 1) === b.charCodeAt(from + m - 1)) {
    n -= 1;
    m -= 1;
  }
  const band = Number.isFinite(budget) ? budget : Math.max(n, m);
  const over = band + 1;
  // Every cell a row reads was written by this call (the first row whole, then the band and one
  // cell either side), so two rows kept between calls serve as well as fresh ones: allocating two
  // typed arrays per pair was most of a did-you-mean search over many unknown names.
  const reuse = m < KEPT_ROW_LENGTH;
  let previous = reuse ? keptRows[0] : new Int32Array(m + 1);
  let current = reuse ? keptRows[1] : new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) previous[j] = j <= band ? j : over;
  for (let i = 1; i <= n; i += 1) {
    const low = Math.max(1, i - band);
    const high = Math.min(m, i + band);
    current[0] = i <= band ? i : over;
    if (low > 1) current[low - 1] = over;
    let rowMin = current[0];
    const code = a.charCodeAt(from + i - 1);
    for (let j = low; j <= high; j += 1) {
      const cost = code === b.charCodeAt(from + j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < m) current[high + 1] = over;
    if (rowMin > band) return budget + 1;
    [previous, current] = [current, previous];
  }
  const result = previous[m];
  return result > band ? budget + 1 : result;
}
