// The fuzz suite: every target with a count of inputs. `npm run fuzz` (small), `npm run fuzz -- --long`
// (100,000+ inputs per target); test/unit/fuzz.test.ts runs the small count. A failing input is
// written to test/fixtures/fuzz/<target>/ so it stays a regression case (replayed by the unit test).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkedLanguages, type LanguageEntry } from '../../server/src/languages/registry';
import { inputsFor } from '../../bench/inputs';
import { generatedText, mutatedFixture, nastySet } from './generators';
import { checkLanguage, freshService } from './languageProperties';
import { checkCliFix, checkDetection, checkResults, detectionArbitrary, resultsArbitrary } from './otherTargets';

export const REGRESSIONS = path.join(__dirname, '..', 'fixtures', 'fuzz');

export interface FuzzOptions {
  /** Inputs per generated target. */
  runs: number;
  seed?: number;
  /** Also run the heavy nasty inputs (20 MB, 10 MB line, 1M lines). */
  heavy: boolean;
  /** Write failing inputs as regression fixtures. */
  record: boolean;
  /** Stop a generated target after this long (its count so far is reported): the long run on a shared machine. */
  minutesPerTarget?: number;
  /** Only these languages (and no detection or results targets): one language's owner at work. */
  only?: readonly string[];
  log?: (line: string) => void;
}

export interface TargetResult {
  target: string;
  inputs: number;
  failure?: string;
}

function record(options: FuzzOptions, target: string, text: string): string {
  if (!options.record) return '';
  const dir = path.join(REGRESSIONS, target);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${createHash('sha1').update(text).digest('hex').slice(0, 10)}.txt`);
  writeFileSync(file, text);
  return ` (saved as ${path.relative(path.join(__dirname, '..', '..'), file)})`;
}

function property<T>(target: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void, options: FuzzOptions, asText: (value: T) => string): TargetResult {
  const limit = options.minutesPerTarget ? { interruptAfterTimeLimit: options.minutesPerTarget * 60_000, markInterruptAsFailure: false } : {};
  const details = fc.check(fc.property(arbitrary, (value) => check(value)), { numRuns: options.runs, seed: options.seed, endOnFailure: true, ...limit });
  if (!details.failed) return { target, inputs: details.numRuns };
  const example = details.counterexample?.[0];
  const saved = example === undefined ? '' : record(options, target, asText(example));
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { target, inputs: details.numRuns, failure: `${reason.split('\n')[0]}${saved}` };
}

function languageTargets(entry: LanguageEntry, options: FuzzOptions): TargetResult[] {
  const service = freshService(entry);
  const check = (text: string) => checkLanguage(entry, text, { fixesPerInput: 8 }, service);
  const results = [
    property(`${entry.id}-generated`, generatedText(entry), check, options, (t) => t),
    property(`${entry.id}-mutated`, mutatedFixture(entry), check, options, (t) => t),
  ];
  let nasty = 0;
  let failure: string | undefined;
  for (const input of nastySet(entry)) {
    if (input.heavy && !options.heavy) continue;
    const text = input.text();
    try {
      checkLanguage(entry, text, { fixesPerInput: 3 }, freshService(entry));
      nasty += 1;
    } catch (error) {
      failure ??= `${input.name}: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  results.push({ target: `${entry.id}-nasty`, inputs: nasty, failure });
  return results;
}

export async function cliFixTarget(entry: LanguageEntry, runs: number, options: FuzzOptions): Promise<TargetResult> {
  const target = `${entry.id}-lint-fix`;
  const samples = fc.sample(mutatedFixture(entry), { numRuns: runs, seed: options.seed });
  const fileName = inputsFor(entry).fileName;
  for (const [index, text] of samples.entries()) {
    try {
      await checkCliFix(entry, fileName, text);
    } catch (error) {
      return { target, inputs: index, failure: `${(error as Error).message.split('\n')[0]}${record(options, target, text)}` };
    }
  }
  return { target, inputs: samples.length };
}

/** Replays every saved failing input of a language through its properties. */
export function replayRegressions(entry: LanguageEntry): TargetResult {
  const files = [`${entry.id}-generated`, `${entry.id}-mutated`, `${entry.id}-lint-fix`].flatMap((target) => {
    try {
      return readdirSync(path.join(REGRESSIONS, target)).map((name) => path.join(REGRESSIONS, target, name));
    } catch {
      return [];
    }
  });
  for (const file of files) {
    try {
      checkLanguage(entry, readFileSync(file, 'utf8'), { fixesPerInput: 50 });
    } catch (error) {
      return { target: `${entry.id}-regressions`, inputs: files.length, failure: `${path.basename(file)}: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  return { target: `${entry.id}-regressions`, inputs: files.length };
}

/** Replays the saved failing inputs of a target that is not a language's (`<name>\n<text>`, as recorded). */
export function replayNamedInputs(target: 'detection' | 'results-files'): TargetResult {
  const check = target === 'detection' ? checkDetection : checkResults;
  let files: string[] = [];
  try {
    files = readdirSync(path.join(REGRESSIONS, target)).map((name) => path.join(REGRESSIONS, target, name));
  } catch {
    // nothing saved yet
  }
  for (const file of files) {
    const saved = readFileSync(file, 'utf8');
    const newline = saved.indexOf('\n');
    try {
      check({ name: saved.slice(0, newline), text: saved.slice(newline + 1) });
    } catch (error) {
      return { target: `${target}-regressions`, inputs: files.length, failure: `${path.basename(file)}: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  return { target: `${target}-regressions`, inputs: files.length };
}

export async function runFuzz(options: FuzzOptions): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  const done = (result: TargetResult) => {
    results.push(result);
    options.log?.(`${result.target}: ${result.inputs} inputs${result.failure ? `, FAILED: ${result.failure}` : ', ok'}`);
  };
  const only = options.only;
  for (const entry of checkedLanguages().filter((e) => !only || only.includes(e.id))) {
    languageTargets(entry, options).forEach(done);
    done(replayRegressions(entry));
    done(await cliFixTarget(entry, Math.max(5, Math.floor(options.runs / 100)), options));
  }
  if (only) return results;
  const anyText = fc.oneof(...checkedLanguages().map((entry) => mutatedFixture(entry)), fc.string({ maxLength: 300 }));
  done(property('detection', detectionArbitrary(anyText), checkDetection, options, (v) => `${v.name}\n${v.text}`));
  done(property('results-files', resultsArbitrary(), checkResults, options, (v) => `${v.name}\n${v.text}`));
  done(replayNamedInputs('detection'));
  done(replayNamedInputs('results-files'));
  return results;
}
