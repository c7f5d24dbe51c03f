import type { Position } from 'vscode-languageserver-types';

/** What a pathological shape measures: its validation, fix-all, or a completion/hover at its very end. */
export type ShapeOperation = 'validate' | 'fixAll' | 'completeAtEnd' | 'hoverAtEnd';

export interface PathologicalShape {
  /** What the shape is, e.g. "`a=b` × n (duplicate keys)". */
  what: string;
  operation: ShapeOperation;
  /** The text for size n (n lines, or n characters for one-line shapes). */
  text(n: number): string;
  /** The sizes to run; default 1k, 10k, 100k. */
  sizes?: number[];
}

/**
 * Generated inputs for one language, shared by `npm run bench` and `npm run fuzz`. A language that
 * has no entry gets generic ones built from its fixtures (test/fixtures/<id>/), which is enough to be
 * covered but not to say much: add `bench/inputs/<id>.ts` and one line in bench/inputs/index.ts.
 */
export interface LanguageInputs {
  /** A file name `kvmtune lint` detects as this language. */
  fileName: string;
  /** A file as users typically have open (≤ 200 lines). */
  typical(): string;
  /** The "large generated file" for this language (≤ 30 ms to diagnostics). */
  large(): { what: string; text: string };
  /** About n lines of realistic content, for growth (1k, 10k, 100k) and the 100 × 1,000-line RSS check. */
  lines(n: number): string;
  /** Positions for hover and completion in a text from lines() or large(). */
  probes(text: string): Position[];
  /** Shapes that were once superlinear in this language. */
  pathological?: PathologicalShape[];
}
