/**
 * Folder contents → RunData, without touching the file system (the webview and tests call this
 * with texts; loadRun.ts reads the folder). File roles by name (the layout the README describes):
 *   run.json                                  {"label": ..., "config": ...}
 *   <test>[.<sample>].txt                     uperf client stdout
 *   <test>[.<sample>].client|server.<ext>     CPU of that side (format detected by content)
 *   any other *.json                          pbench result.json (sample, iteration or run level)
 * Anything unreadable or unparsable becomes a Problem; everything else is still used.
 */
import { parseCpuFile } from './cpu/detect';
import { CpuFormatError, type CpuSeries } from './cpu/series';
import type { Problem } from './model';
import { parsePbenchResult, PbenchFormatError } from './pbenchResult';
import type { RunData, SampleResult, TestRun } from './run';
import { computeSample, type CpuInput, type LatencyDefinition } from './sampleMetrics';
import { parseTestName } from './testName';
import { looksLikeUperf, masterRow, parseUperfOutput } from './uperfOutput';
import { measurementWindow } from './uperfWindow';

export interface RunFile {
  /** Path shown in problems (relative to the run folder or absolute, the caller decides). */
  name: string;
  /** The file's own name; default: the last `/` or `\` segment of `name` (pass it when a POSIX name may hold `\`). */
  base?: string;
  /** File text, or null when it could not be read (then `error` says why). */
  text: string | null;
  error?: string;
}

const CPU_RE = /^(.+?)(?:\.(\d+))?\.(client|server)\.[^/\\]+$/;
const OUTPUT_RE = /^(.+?)(?:\.(\d+))?\.txt$/;

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

export interface BuildOptions {
  /** Transaction time as uperf reports it (default) or from the window (Little's law). */
  latency?: LatencyDefinition;
}

export function buildRun(path: string, files: readonly RunFile[], options: BuildOptions = {}): RunData {
  const run: RunData = { path, label: baseName(path), problems: [], tests: new Map() };
  const cpu = new Map<string, { file: RunFile; used: boolean }>();
  const outputs: Array<{ file: RunFile; test: string; sample: string }> = [];
  for (const file of files) {
    if (file.text === null) {
      run.problems.push({ file: file.name, reason: file.error ?? 'cannot be read' });
      continue;
    }
    const base = file.base ?? baseName(file.name);
    const cpuMatch = CPU_RE.exec(base);
    const outputMatch = OUTPUT_RE.exec(base);
    if (base === 'run.json') readRunJson(run, file);
    else if (cpuMatch) cpu.set(key(cpuMatch[1], cpuMatch[2] ?? '1', cpuMatch[3]), { file, used: false });
    else if (outputMatch) outputs.push({ file, test: outputMatch[1], sample: outputMatch[2] ?? '1' });
    else if (/\.json$/i.test(base)) readPbench(run, file);
  }
  for (const { file, test, sample } of outputs) {
    const side = (name: 'client' | 'server'): CpuInput => {
      const entry = cpu.get(key(test, sample, name));
      if (!entry) return { series: null, file: null };
      entry.used = true;
      return { series: parseCpu(run, entry.file), file: entry.file.name };
    };
    readOutput(run, file, test, sample, side('client'), side('server'), options.latency);
  }
  for (const { file, used } of cpu.values()) {
    if (!used) run.problems.push({ file: file.name, reason: 'CPU file without a matching <test>[.<sample>].txt uperf output' });
  }
  return run;
}

function key(test: string, sample: string, side: string): string {
  return `${test.toLowerCase()}\u0000${sample}\u0000${side}`;
}

function readRunJson(run: RunData, file: RunFile): void {
  try {
    const doc = JSON.parse(file.text ?? '') as { label?: unknown; config?: unknown };
    if (typeof doc.label === 'string' && doc.label.trim() !== '') run.label = doc.label;
    if (doc.config !== undefined) run.config = doc.config;
  } catch (error) {
    run.problems.push({ file: file.name, reason: `run.json cannot be read as JSON (${sentenceOf(error)}), so its label and config are not used.` });
  }
}

function readPbench(run: RunData, file: RunFile): void {
  try {
    for (const test of parsePbenchResult(file.text ?? '', file.name)) addSamples(run, test.id.name, () => test.id, test.samples);
  } catch (error) {
    run.problems.push({ file: file.name, reason: `This is not a pbench uperf result.json: ${sentenceOf(error)}.` });
  }
}

function parseCpu(run: RunData, file: RunFile): CpuSeries | null {
  try {
    return parseCpuFile(file.text ?? '');
  } catch (error) {
    run.problems.push({ file: file.name, reason: `The CPU file cannot be used: ${sentenceOf(error)}.` });
    return null;
  }
}

function readOutput(run: RunData, file: RunFile, test: string, sample: string, client: CpuInput, server: CpuInput, latency?: LatencyDefinition): void {
  const out = parseUperfOutput(file.text ?? '');
  if (!looksLikeUperf(out)) {
    run.problems.push({ file: file.name, reason: 'no uperf client output found (no timestamp_ms lines, progress lines or Run Statistics)' });
    return;
  }
  if (!masterRow(out)) {
    // uperf prints Run Statistics last, whatever its flags: without them the run was cut off, and the
    // window would fall back to a setup transaction and count its zero throughput as a real sample.
    run.problems.push({
      file: file.name,
      reason: 'The uperf output ends before its Run Statistics, so the run was cut off (interrupted or truncated file); this sample is left out.',
    });
    return;
  }
  const window = measurementWindow(out);
  if (!window) {
    run.problems.push({ file: file.name, reason: 'uperf output has no timed transaction with a positive duration' });
    return;
  }
  for (const warning of out.warnings) run.problems.push({ file: file.name, reason: `uperf reported: ${warning}` });
  const id = parseTestName(test);
  const computed = computeSample(id, sample, file.name, window, client, server, latency);
  run.problems.push(...computed.problems);
  addSamples(run, test, () => id, [computed.result]);
}

function addSamples(run: RunData, name: string, id: () => TestRun['id'], samples: SampleResult[]): void {
  const k = name.toLowerCase();
  const existing = run.tests.get(k);
  if (existing) existing.samples.push(...samples);
  else run.tests.set(k, { id: id(), samples });
}

/**
 * A reason a user can read: the parsers' own errors say what is wrong; anything else (a TypeError
 * from a shape nobody expected) becomes a plain statement rather than JavaScript's wording.
 */
export function sentenceOf(error: unknown): string {
  if (error instanceof PbenchFormatError || error instanceof CpuFormatError) return error.message.replace(/\.$/, '');
  if (error instanceof SyntaxError) return 'it is not valid JSON';
  return 'its contents are not laid out the way this format is';
}

/** Problems sorted by file for stable output. */
export function sortedProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
