import { editDistance } from '../../formats/editDistance';

/** Character codes from 128 on share one count: lumping only lowers the filter's bound, so it never rejects a match. */
const BINS = 129;
const bin = (code: number) => (code < 128 ? code : 128);

interface Candidate {
  name: string;
  counts: Int32Array;
}

export interface NearName {
  candidate: string;
  distance: number;
}

/**
 * Did-you-mean over a fixed list of names. Edit distance is the costly part, so a name is only
 * compared when it can be within the budget: its length differs by at most the budget, and its
 * character counts differ by at most twice the budget (an insertion or deletion changes one count
 * by one, a substitution two counts). Both are necessary conditions, so the result is exactly the
 * one of comparing every name.
 */
export class NearNames {
  private readonly byLength = new Map<number, Candidate[]>();
  /** The query's character counts, zeroed again after each query (one array, not one per query). */
  private readonly wanted = new Int32Array(BINS);

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const counts = new Int32Array(BINS);
      for (let i = 0; i < name.length; i += 1) counts[bin(name.charCodeAt(i))] += 1;
      const list = this.byLength.get(name.length);
      if (list) list.push({ name, counts });
      else this.byLength.set(name.length, [{ name, counts }]);
    }
  }

  /** Every name within `budget` edits of `query`, with its distance. */
  within(query: string, budget: number): NearName[] {
    const lists: Candidate[][] = [];
    for (let length = query.length - budget; length <= query.length + budget; length += 1) {
      const list = this.byLength.get(length);
      if (list) lists.push(list);
    }
    if (lists.length === 0) return [];
    const codes: number[] = [];
    const wanted = this.wanted;
    for (let i = 0; i < query.length; i += 1) {
      const b = bin(query.charCodeAt(i));
      if (wanted[b] === 0) codes.push(b);
      wanted[b] += 1;
    }
    const found: NearName[] = [];
    for (const list of lists) {
      for (const candidate of list) {
        if (!closeCounts(candidate, codes, wanted, 2 * budget)) continue;
        const distance = editDistance(query, candidate.name, budget);
        if (distance <= budget) found.push({ candidate: candidate.name, distance });
      }
    }
    for (const code of codes) wanted[code] = 0;
    return found;
  }
}

/** Whether the L1 difference of the character counts is at most `limit`. */
function closeCounts(candidate: Candidate, codes: readonly number[], wanted: Int32Array, limit: number): boolean {
  let shared = 0;
  let difference = 0;
  for (const code of codes) {
    const have = candidate.counts[code];
    shared += have;
    difference += Math.abs(wanted[code] - have);
    if (difference > limit) return false;
  }
  return difference + candidate.name.length - shared <= limit;
}

/** Longer keys are computed every time rather than held: a 10 MB unknown key must not stay in memory. */
const LONGEST_KEY_KEPT = 256;

/**
 * A pure function of its key remembered for up to `size` keys: edit sessions repeat their typos.
 * When full it starts over: dropping the oldest one by one makes a Map skip ever more deleted
 * entries at its front, which a file of thousands of distinct names pays on every miss.
 */
export function remembered<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (key.length > LONGEST_KEY_KEPT) return compute(key);
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    if (cache.size >= size) cache.clear();
    cache.set(key, value);
    return value;
  };
}
