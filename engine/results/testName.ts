/**
 * The paper's test-name grammar:
 *   test-id  = workload "--" users
 *   workload = "rr" conns "c-" req "x" rsp  |  "str-" ("read" | "write") "x" size
 *   size     = digits ["k" | "m"]            (binary: 30k = 30720 bytes)
 * Matched case-insensitively. Other names are still compared, listed after the paper's 20.
 */
export type Category = 'rr' | 'str' | 'other';

export interface TestId {
  name: string;
  category: Category;
  users: number | null;
  /** True when the name follows the paper's grammar. */
  paper: boolean;
  /** Bytes per transaction as the name states it (rr: req + rsp; str: size), null if unknown. */
  bytesPerTxn: number | null;
  workload: string;
}

export const PAPER_WORKLOADS = ['rr1c-1x1', 'rr1c-200x1000', 'rr1c-1000x30k', 'str-readx30k', 'str-writex30k'] as const;
export const PAPER_USERS = [1, 10, 50, 250] as const;

/** The paper's 20 tests in its figure order: workload-major, users 1, 10, 50, 250. */
export const PAPER_TESTS: readonly string[] = PAPER_WORKLOADS.flatMap((w) => PAPER_USERS.map((u) => `${w}--${u}`));

export function parseSizeSuffix(text: string): number | null {
  const match = /^(\d+)([km]?)$/i.exec(text);
  if (!match) return null;
  const factor = { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  return Number(match[1]) * factor;
}

const PAPER_RE = /^(rr(\d+)c-(\d+[km]?)x(\d+[km]?)|str-(read|write)x(\d+[km]?))--(\d+)$/i;

export function parseTestName(name: string): TestId {
  const match = PAPER_RE.exec(name);
  if (match) {
    const rr = match[2] !== undefined;
    const bytes = rr ? sumOrNull(parseSizeSuffix(match[3]), parseSizeSuffix(match[4])) : parseSizeSuffix(match[6]);
    return {
      name,
      category: rr ? 'rr' : 'str',
      users: Number(match[7]),
      paper: true,
      bytesPerTxn: bytes,
      workload: match[1].toLowerCase(),
    };
  }
  return { name, category: guessCategory(name), users: guessUsers(name), paper: false, bytesPerTxn: null, workload: name };
}

function sumOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** Non-paper names: pbench `tcp_rr-64B-1i`, operator `rr-tcp-64-64-2`, ... */
function guessCategory(name: string): Category {
  const lower = name.toLowerCase();
  if (/(^|[-_.])(rr|crr|ping-?pong)([-_.]|$)/.test(lower)) return 'rr';
  if (/(^|[-_.])(str|stream|maerts|bidirec)([-_.]|$)/.test(lower)) return 'str';
  return 'other';
}

function guessUsers(name: string): number | null {
  const match = /--(\d+)$/.exec(name) ?? /[-_](\d+)i$/i.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * Order for the report: the paper's 20 first (in the paper's order), then every other name in the
 * order given (first run's order, then names only in the second run).
 */
export function orderTestNames(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  const paperIndex = new Map(PAPER_TESTS.map((t, i) => [t, i]));
  const paper = unique.filter((n) => paperIndex.has(n.toLowerCase()));
  paper.sort((x, y) => (paperIndex.get(x.toLowerCase()) ?? 0) - (paperIndex.get(y.toLowerCase()) ?? 0));
  const other = unique.filter((n) => !paperIndex.has(n.toLowerCase()));
  return [...paper, ...other];
}
