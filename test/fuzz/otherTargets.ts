// Fuzz targets beyond the language services: CLI language detection, every results-file parser
// (through buildRun, which is how the CLI and the view call them) and `kvmtune lint --fix`.
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildRun } from '../../engine/results/buildRun';
import { parseUperfOutput } from '../../engine/results/uperfOutput';
import { measurementWindow } from '../../engine/results/uperfWindow';
import { main } from '../../server/src/cli/main';
import { detectLanguage, LANGUAGES, type LanguageEntry } from '../../server/src/languages/registry';
import { REQUEST_CAP_MS } from '../../server/src/service/limits';
import { DEFAULT_SETTINGS } from '../../server/src/service/types';
import { freshService, PropertyFailure } from './languageProperties';

const fail = (message: string): never => {
  throw new PropertyFailure(message);
};

function withinCap<T>(what: string, run: () => T): T {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  if ((used.user + used.system) / 1000 > REQUEST_CAP_MS) fail(`${what} took over ${REQUEST_CAP_MS} ms of CPU`);
  return result;
}

const UPERF = path.join(__dirname, '..', 'fixtures', 'uperf');

function uperfSeeds(): Array<{ base: string; text: string }> {
  const from = (dir: string) => readdirSync(path.join(UPERF, dir)).map((name) => ({ base: name, text: readFileSync(path.join(UPERF, dir, name), 'utf8') }));
  const sample = from('sample-runs/mtu1500').filter((f) => /rr1c-1000x30k--1\.1\./.test(f.base));
  return [...from('outputs'), ...from('cpu'), ...from('results'), ...sample].filter((f) => f.text.length < 300_000);
}

/** Names that give a file each role buildRun knows. */
const RESULT_NAMES = ['t.1.txt', 'run.json', 'result.json', 't.1.client.mpstat.json', 't.1.server.csv', 't.1.client.txt', 'x/result.json'];

export function resultsArbitrary(): fc.Arbitrary<{ name: string; text: string }> {
  const seeds = uperfSeeds();
  return fc
    .record({
      seed: fc.nat(),
      name: fc.constantFrom(...RESULT_NAMES),
      cut: fc.nat(),
      flips: fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom('\n', '\r', ' ', '0', '-', 'nan', '{', '"', ':', 'Run Statistics', 'timestamp_ms:', 'x'.repeat(5000)) }), { maxLength: 8 }),
    })
    .map(({ seed, name, cut, flips }) => {
      let text = seeds[seed % seeds.length].text;
      for (const { at, ch } of flips) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ch + text.slice(i + 1);
      }
      return { name, text: cut % 3 === 0 ? text.slice(0, cut % (text.length + 1)) : text };
    });
}

const JS_ERROR_TEXT = /TypeError|RangeError|Cannot read propert|is not a function|is not iterable|Unexpected token|undefined|\bNaN\b/;

export function checkResults(input: { name: string; text: string }): void {
  const out = withinCap('parseUperfOutput', () => parseUperfOutput(input.text));
  withinCap('measurementWindow', () => measurementWindow(out));
  const run = withinCap('buildRun', () => buildRun('/runs/fuzz', [input, { name: 't.1.txt', text: input.text }]));
  for (const problem of run.problems) if (JS_ERROR_TEXT.test(problem.reason)) fail(`problem reason is JavaScript text: ${problem.reason}`);
}

const NAMES = ['sysctl.conf', 'etc/sysctl.d/99-x.conf', 'ifcfg-eth0', 'etc/modprobe.d/x.conf', 'profile.xml', 'domain.xml', 'x.conf', 'README', 'tuned.conf', 'a.xml', ''];

export function detectionArbitrary(texts: fc.Arbitrary<string>): fc.Arbitrary<{ name: string; text: string }> {
  return fc.record({ name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 40 })), text: texts });
}

export function checkDetection(input: { name: string; text: string }): void {
  const found = withinCap('detectLanguage', () => detectLanguage(input.name, input.text));
  if (found && !LANGUAGES.includes(found)) fail('detectLanguage returned an entry outside the registry');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `kvmtune lint --fix` on a file writes exactly what the editor's fix-all gives for the same text. */
export async function checkCliFix(entry: LanguageEntry, fileName: string, text: string): Promise<void> {
  // The CLI skips binary files, and a lone surrogate cannot be written as UTF-8: nothing to compare.
  if (LONE_SURROGATE.test(text) || text.slice(0, 8192).includes('\u0000') || text.length > 1_000_000 || text.trim() === '') return;
  const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-fuzz-'));
  try {
    const file = path.join(dir, path.basename(fileName));
    writeFileSync(file, text, 'utf8');
    await main(['lint', '--fix', '--language', entry.id, file], { stdout: () => undefined, stderr: () => undefined });
    const written = readFileSync(file, 'utf8');
    const doc = TextDocument.create('file:///fuzz/cli', entry.host ?? entry.id, 1, text);
    const editor = freshService(entry).fixAll(doc, DEFAULT_SETTINGS).text;
    if (written !== editor) fail(`lint --fix wrote ${JSON.stringify(written.slice(0, 200))}, the editor's fix-all gives ${JSON.stringify(editor.slice(0, 200))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
