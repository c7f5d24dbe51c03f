// In-process growth: the full checks (parse + every rule, no large-file cut-off) at growing sizes,
// so a superlinear path shows as time per line going up. Also the XML budget (validation ÷ a bare
// fast-xml-parser parse) for every XML language that is registered.
import { XMLParser } from 'fast-xml-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageEntry } from '../server/src/languages/registry';
import { ruleDocUrl } from '../server/src/ruleDocs';
import { runRules } from '../server/src/service/diagnostics';
import { fixAllText } from '../server/src/service/fixes';
import type { LanguageSupport } from '../server/src/service/language';
import { DEFAULT_SETTINGS } from '../server/src/service/types';
import { coreShapes, inputsFor, openAs, type PathologicalShape, type ShapeOperation } from './inputs';
import { row, type BenchRow } from './row';
import { ms, timeSync, timeOnce, timeWithCollector } from './stats';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** A size that takes longer than this ends the series (the next one would only take longer). */
const GIVE_UP_MS = 5_000;
/** Below this the fixed costs dominate and per-line numbers say nothing. */
const NOISE_FLOOR_MS = 1;
export const GROWTH_TOLERANCE = 1.2;

function validateOnce(support: LanguageSupport<unknown>, doc: TextDocument) {
  return runRules(support, doc, support.parse(doc), DEFAULT_SETTINGS, ruleDocUrl);
}

/** One timed run of `operation` on `text`; the parse is included except for completion and hover. */
function operationRunner(support: LanguageSupport<unknown>, languageId: string, operation: ShapeOperation, text: string): () => void {
  const doc = TextDocument.create('file:///bench/doc', languageId, 1, text);
  const end = doc.positionAt(text.length);
  switch (operation) {
    case 'validate':
      return () => validateOnce(support, doc);
    case 'fixAll':
      return () => fixAllText(doc, (d) => validateOnce(support, d));
    case 'completeAtEnd': {
      const parsed = support.parse(doc);
      return () => support.complete(doc, parsed, end, DEFAULT_SETTINGS);
    }
    case 'hoverAtEnd': {
      const parsed = support.parse(doc);
      return () => support.hover(doc, parsed, { line: end.line, character: Math.max(0, end.character - 5) }, DEFAULT_SETTINGS);
    }
  }
}

export interface Growth {
  sizes: number[];
  times: number[];
  /** Of each time, the milliseconds the garbage collector's pauses took. */
  collector: number[];
  /** Largest rise of time per unit between consecutive sizes (1 = linear). */
  worstRise: number;
  /** The same rise with the collector's pauses left out: what the code itself does per unit. */
  worstRiseWithoutCollector: number;
  gaveUp: boolean;
}

export function measureGrowth(support: LanguageSupport<unknown>, languageId: string, shape: PathologicalShape): Growth {
  return measureSeries(shape.sizes ?? DEFAULT_SIZES, (size) => operationRunner(support, languageId, shape.operation, shape.text(size)));
}

/** Times `runnerFor(size)` at each size (median of several runs after a warm-up) and the worst rise of time per unit. */
function measureSeries(sizes: readonly number[], runnerFor: (size: number) => () => void, noiseFloorMs = NOISE_FLOOR_MS): Growth {
  const result: Growth = { sizes: [], times: [], collector: [], worstRise: 1, worstRiseWithoutCollector: 1, gaveUp: false };
  for (const size of sizes) {
    const last = result.times.length - 1;
    if (last >= 0) {
      // Skip a size that would take far too long: the series is failing already.
      const predicted = result.times[last] * (size / result.sizes[last]) * result.worstRise;
      if (predicted > GIVE_UP_MS) {
        result.gaveUp = true;
        break;
      }
    }
    const run = runnerFor(size);
    const first = timeOnce(run);
    const { wall: time, collector } = first.wall > 1_000 ? first : timeWithCollector(size >= 100_000 ? 3 : 7, run, 1);
    const previous = result.times.length - 1;
    if (previous >= 0 && result.times[previous] >= noiseFloorMs) {
      const perUnit = (t: number, n: number) => t / n;
      result.worstRise = Math.max(result.worstRise, perUnit(time, size) / perUnit(result.times[previous], result.sizes[previous]));
      const mutator = (i: number) => result.times[i] - result.collector[i];
      result.worstRiseWithoutCollector = Math.max(result.worstRiseWithoutCollector, perUnit(time - collector, size) / perUnit(mutator(previous), result.sizes[previous]));
    }
    result.sizes.push(size);
    result.times.push(time);
    result.collector.push(collector);
    if (result.worstRise > 3) {
      result.gaveUp = size !== sizes[sizes.length - 1];
      break;
    }
  }
  return result;
}

const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n));
const seriesText = (growth: Growth) => growth.sizes.map((n, i) => `${sizeLabel(n)}: ${ms(growth.times[i])}`).join(' · ');

/** The rise, and where the series is not linear what it is without the collector's pauses (their share of the largest size). */
function riseText(growth: Growth): string {
  const rise = `time per unit ×${growth.worstRise.toFixed(2)}`;
  const last = growth.times.length - 1;
  if (growth.worstRise <= GROWTH_TOLERANCE || last < 0) return rise;
  const share = Math.round((100 * growth.collector[last]) / growth.times[last]);
  return `${rise} (the collector: ${share} % of the ${sizeLabel(growth.sizes[last])} run; without its pauses ×${growth.worstRiseWithoutCollector.toFixed(2)})`;
}

const growthNumbers = (growth: Growth) => ({
  ...Object.fromEntries(growth.sizes.map((n, i) => [String(n), growth.times[i]])),
  ...Object.fromEntries(growth.sizes.map((n, i) => [`${n} collector`, growth.collector[i]])),
  rise: growth.worstRise,
  riseWithoutCollector: growth.worstRiseWithoutCollector,
});

/**
 * The smallest reader that keeps what any checker keeps per line (an object with the line's bounds,
 * key and value), so a language's row can be read against what the runtime itself does at 100k
 * lines: everything kept outgrows the young generation and is copied and promoted, and the working
 * set no longer fits the CPU caches.
 */
function keepEveryLine(text: string): number {
  const lines: { start: number; end: number; key: string; value: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const equals = text.indexOf('=', start);
    lines.push({ start, end, key: text.slice(start, equals), value: text.slice(equals + 1, end) });
    start = end + 1;
  }
  return lines.length;
}

export function referenceGrowthRow(): BenchRow {
  const growth = measureSeries(DEFAULT_SIZES, (size) => {
    const text = Array.from({ length: size }, (_, i) => `net.core.key${i} = ${i}`).join('\n');
    return () => keepEveryLine(text);
  }, 0);
  return row('all', 'growth reference (no budget): a bare line reader that keeps one object and two strings per line', `${seriesText(growth)}; ${riseText(growth)}`, undefined, growthNumbers(growth));
}

export function growthRows(entry: LanguageEntry): BenchRow[] {
  const support = entry.support as LanguageSupport<unknown>;
  const inputs = inputsFor(entry);
  // Generic inputs of an XML language cannot grow (a document repeated is not a document).
  const growable = !inputs.generic || entry.support?.commentStyle !== 'xml';
  const shapes: PathologicalShape[] = [
    ...(growable ? [{ what: 'realistic lines (full checks)', operation: 'validate' as const, text: inputs.lines }] : []),
    ...(inputs.pathological ?? []),
    ...coreShapes(entry),
  ];
  return shapes.map((shape) => {
    const growth = measureGrowth(support, openAs(entry), shape);
    const points = seriesText(growth);
    const verdict = growth.gaveUp ? ' (next size skipped: predicted over 5 s)' : '';
    return row(
      entry.id,
      `growth: ${shape.what}${shape.operation === 'validate' ? '' : ` (${shape.operation})`}`,
      `${points}${verdict}; ${riseText(growth)}`,
      { text: `per unit ≤ +${Math.round((GROWTH_TOLERANCE - 1) * 100)} %`, ok: growth.worstRise <= GROWTH_TOLERANCE && !growth.gaveUp && growth.sizes.length === (shape.sizes ?? DEFAULT_SIZES).length },
      growthNumbers(growth),
    );
  });
}

/** Validation ÷ a bare fast-xml-parser parse of the same text, for every XML language registered. */
export function xmlRatioRows(entries: readonly LanguageEntry[]): BenchRow[] {
  return entries
    .filter((entry) => entry.host === 'xml')
    .map((entry) => {
      const support = entry.support as LanguageSupport<unknown>;
      const { what, text } = inputsFor(entry).large();
      const doc = TextDocument.create('file:///bench/doc.xml', 'xml', 1, text);
      const parser = new XMLParser({ ignoreAttributes: false });
      const bare = timeSync(9, () => parser.parse(text));
      const ours = timeSync(9, () => validateOnce(support, doc));
      const ratio = ours / bare;
      return row(entry.id, `validation ÷ bare fast-xml-parser parse, ${what}`, `${ms(ours)} ÷ ${ms(bare)} = ${ratio.toFixed(2)}×`, { text: '≤ 2×', ok: ratio <= 2 }, { ours, bare, ratio });
    });
}

