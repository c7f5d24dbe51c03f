/** Did-you-mean for every language's table: keys, options, attributes, parameters. */

/**
 * Levenshtein distance, giving up (returning budget + 1) once it cannot stay within `budget`. With a
 * finite budget only the diagonal band of width 2 × budget + 1 can hold a small enough value, so
 * only that band is computed: O(budget × length) per pair instead of O(length²).
 */
/** Rows for names shorter than this are kept between calls; a longer name gets its own. */
const KEPT_ROW_LENGTH = 256;
const keptRows = [new Int32Array(KEPT_ROW_LENGTH), new Int32Array(KEPT_ROW_LENGTH)];

export function editDistance(a: string, b: string, budget = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  const band = Number.isFinite(budget) ? budget : Math.max(a.length, b.length);
  const over = band + 1;
  // Every cell a row reads was written by this call (the first row whole, then the band and one
  // cell either side), so two rows kept between calls serve as well as fresh ones: allocating two
  // typed arrays per pair was most of a did-you-mean search over many unknown names.
  const reuse = b.length < KEPT_ROW_LENGTH;
  let previous = reuse ? keptRows[0] : new Int32Array(b.length + 1);
  let current = reuse ? keptRows[1] : new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j <= band ? j : over;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    current[0] = i <= band ? i : over;
    if (from > 1) current[from - 1] = over;
    let rowMin = current[0];
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > band) return budget + 1;
    [previous, current] = [current, previous];
  }
  const result = previous[b.length];
  return result > band ? budget + 1 : result;
}
