// Latencies through the bundled server (dist/server.js) over stdio JSON-RPC, as an editor sees them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompletionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { LanguageEntry } from '../server/src/languages/registry';
import { IDLE_MS, LATE_COLLECTION_MS, SECOND_COLLECTION_MS } from '../server/src/idleCollection';
import { LspTestClient, VS_CODE_COMPLETION } from '../test/lsp/lspClient';
import { inputsFor, openAs } from './inputs';
import { row, type BenchRow } from './row';
import { median, ms, pause, percentile } from './stats';

const OPENS = 200;
const CHANGES = 200;
const LARGE_WARM_UP = 3;
const LARGE_OPENS = 5;
/** A fast typist: the bench sends a keystroke this long after the previous answer. */
const KEYSTROKE_GAP_MS = 30;

async function openAndWait(client: LspTestClient, uri: string, languageId: string, text: string): Promise<number> {
  const start = performance.now();
  await client.open(uri, languageId, text);
  await client.diagnostics(uri, (_d, p) => p.version === 1);
  return performance.now() - start;
}

async function close(client: LspTestClient, uri: string): Promise<void> {
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
}

async function requestTimes(count: number, send: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await send(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

const within = (value: number, budget: number) => ({ text: `≤ ${budget} ms`, ok: value <= budget });

export async function benchServer(entry: LanguageEntry): Promise<BenchRow[]> {
  const inputs = inputsFor(entry);
  const id = entry.id;
  const languageId = openAs(entry);
  const client = new LspTestClient();
  // The completion capabilities VS Code's client declares, so completion answers are the ones it gets.
  await client.initialize([], VS_CODE_COMPLETION);
  const rows: BenchRow[] = [];
  try {
    const typical = inputs.typical();
    const typicalLines = typical.split('\n').length;
    for (let i = 0; i < 20; i += 1) {
      await openAndWait(client, `file:///warm/${i}/${inputs.fileName}`, languageId, typical);
      await close(client, `file:///warm/${i}/${inputs.fileName}`);
    }
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const uri = `file:///open/${i}/${inputs.fileName}`;
      opens.push(await openAndWait(client, uri, languageId, typical));
      await close(client, uri);
    }
    const p50 = percentile(opens, 50);
    const p99 = percentile(opens, 99);
    rows.push(row(id, `didOpen → publishDiagnostics, typical file (${typicalLines} lines), p50 / p99 of ${OPENS}`, `${ms(p50)} / ${ms(p99)}`, { text: '≤ 2 / ≤ 10 ms', ok: p50 <= 2 && p99 <= 10 }, { p50, p99 }));

    const uri = `file:///change/${inputs.fileName}`;
    await openAndWait(client, uri, languageId, typical);
    const typicalRows = typical.split(/\r\n|\r|\n/);
    const typicalEnd = { line: typicalRows.length - 1, character: typicalRows[typicalRows.length - 1].length };
    const changes: number[] = [];
    for (let i = 0; i < CHANGES; i += 1) {
      const version = i + 2;
      await pause(KEYSTROKE_GAP_MS);
      const start = performance.now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        // A blank typed and removed at the very end: harmless in every language, XML included.
        contentChanges: [{ range: { start: typicalEnd, end: i % 2 === 0 ? typicalEnd : { line: typicalEnd.line, character: typicalEnd.character + 1 } }, text: i % 2 === 0 ? ' ' : '' }],
      });
      await client.diagnostics(uri, (_d, p) => p.version === version);
      changes.push(performance.now() - start);
    }
    const changeP99 = percentile(changes, 99);
    rows.push(row(id, `didChange → publishDiagnostics, typical file, p99 of ${CHANGES} (one key every ${KEYSTROKE_GAP_MS} ms)`, ms(changeP99), within(changeP99, 30), { p99: changeP99 }));

    // The typical file warmed up the code every file runs; a large file's own paths (long loops,
    // large arrays) warm up on its first opens, which are shown beside the median.
    const large = inputs.large();
    const largeTimes: number[] = [];
    for (let i = 0; i < LARGE_WARM_UP + LARGE_OPENS; i += 1) {
      const largeUri = `file:///large/${i}/${inputs.fileName}`;
      largeTimes.push(await openAndWait(client, largeUri, languageId, large.text));
      if (i < LARGE_WARM_UP + LARGE_OPENS - 1) await close(client, largeUri);
    }
    const [coldOpen] = largeTimes;
    const largeMedian = median(largeTimes.slice(LARGE_WARM_UP));
    rows.push(row(id, `didOpen → publishDiagnostics, ${large.what}, median of ${LARGE_OPENS} after ${LARGE_WARM_UP} warm-up opens`, `${ms(largeMedian)} (first open: ${ms(coldOpen)})`, within(largeMedian, 30), { median: largeMedian, first: coldOpen }));

    const largeUri = `file:///large/${LARGE_WARM_UP + LARGE_OPENS - 1}/${inputs.fileName}`;
    const probes = inputs.probes(large.text);
    if (probes.length > 0) {
      // One untimed pass over the probes first: a document's first request builds what later ones reuse (its line index, uperf's XML tree); the first one's time is shown.
      const params = (i: number) => ({ textDocument: { uri: largeUri }, position: probes[i % probes.length] });
      const requests = {
        hover: (i: number) => client.connection.sendRequest(HoverRequest.type, params(i)),
        completion: (i: number) => client.connection.sendRequest(CompletionRequest.type, params(i)),
      };
      for (const [what, ask] of Object.entries(requests)) {
        const [first] = await requestTimes(probes.length, ask);
        const samples = await requestTimes(200, ask);
        const [a, b] = [percentile(samples, 50), percentile(samples, 99)];
        rows.push(row(id, `${what} on the ${large.what}, p50 / p99 of 200 after one pass over the ${probes.length} probes`, `${ms(a)} / ${ms(b)} (first: ${ms(first)})`, { text: '≤ 5 ms', ok: b <= 5 }, { p50: a, p99: b, first }));
      }
    }
  } finally {
    await client.dispose();
  }
  rows.push(...(await memoryRow(entry)));
  return rows;
}

const rssOf = (pid: number | undefined) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;

/**
 * Server RSS with 100 open 1,000-line documents: the budget is what they hold once the server has
 * settled (it collects after a quiet moment, see server/src/idleCollection.ts); the high-water
 * mark right after the burst of opens is shown beside it.
 */
async function memoryRow(entry: LanguageEntry): Promise<BenchRow[]> {
  const inputs = inputsFor(entry);
  const text = inputs.lines(1_000);
  const client = new LspTestClient();
  await client.initialize();
  try {
    for (let i = 0; i < 100; i += 1) await openAndWait(client, `file:///rss/${i}/${inputs.fileName}`, openAs(entry), text);
    const burst = rssOf(client.pid);
    // Settled: the server's idle collections have all run and RSS stayed put for three seconds (V8
    // gives pages back a few seconds after its collections); at most 20 s more.
    await pause(IDLE_MS + SECOND_COLLECTION_MS + LATE_COLLECTION_MS);
    const samples = [rssOf(client.pid)];
    for (let waited = 0; waited < 20_000 && !(samples.length >= 4 && samples.slice(-4).every((v) => v === samples[samples.length - 1])); waited += 1_000) {
      await pause(1_000);
      samples.push(rssOf(client.pid));
    }
    const idle = samples[samples.length - 1];
    return [row(entry.id, 'server RSS with 100 open 1,000-line documents, settled', `${idle.toFixed(0)} MB (right after the opens: ${burst.toFixed(0)} MB)`, { text: '≤ 80 MB', ok: idle <= 80 }, { rssMb: idle, burstMb: burst })];
  } finally {
    await client.dispose();
  }
}

/** Spawn → initialize answered: what the server adds to activation (the client part needs VS Code). */
/** Spawn → initialize answered, and Node's own start-up on this machine (`node -e 0`) for scale. */
export async function startupRow(): Promise<BenchRow> {
  const samples: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    const client = new LspTestClient();
    await client.initialize();
    samples.push(performance.now() - start);
    await client.dispose();
    const nodeStart = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - nodeStart);
  }
  const value = median(samples);
  const node = median(bare);
  return row('all', 'server start → initialize answered (after activation, in the background), median of 7', `${ms(value)} (Node alone: ${ms(node)})`, undefined, { median: value, node });
}

/**
 * Activation as VS Code counts it (code loading + activate()), which only a real VS Code can
 * measure: the e2e suite records it in test-artifacts/activation.json and this row reads it.
 */
export function activationRow(file = path.join(__dirname, '..', 'test-artifacts', 'activation.json')): BenchRow {
  const what = 'activation in VS Code (code loading + activate(), from the last e2e run)';
  if (!existsSync(file)) return row('all', what, 'not measured: run `npm run test:e2e` first', { text: '≤ 50 ms', ok: false });
  const timing = JSON.parse(readFileSync(file, 'utf8')) as { codeLoadingMs: number; activateMs: number; vscode: string; date: string };
  const total = timing.codeLoadingMs + timing.activateMs;
  return row(
    'all',
    what,
    `${ms(total)} (code loading ${ms(timing.codeLoadingMs)} + activate ${ms(timing.activateMs)}; VS Code ${timing.vscode}, ${timing.date.slice(0, 10)})`,
    within(total, 50),
    { total, codeLoading: timing.codeLoadingMs, activate: timing.activateMs },
  );
}
