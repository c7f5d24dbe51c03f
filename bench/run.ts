// `npm run bench`: how fast the engine answers. Prints a Markdown table for the README's Speed section.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../server/src/languages';
import { ruleDocUrl } from '../server/src/ruleDocs';
import { createLanguageService } from '../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../server/src/service/types';
import { LspTestClient } from '../test/lsp/lspClient';

interface Row {
  what: string;
  value: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function corpusFiles(): string[] {
  const dir = path.join(__dirname, '..', 'test', 'fixtures', 'sysctl', 'corpus');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.conf')).map((f) => path.join(dir, f)) : [];
}

function syntheticFile(lines: number): string {
  const keys = ['net.core.rmem_max = 4136960', 'net.ipv4.tcp_rmem = 4096 87380 4136960', 'net.ipv4.tcp_tw_recycle = 1', '# comment', 'net.ipv4.tcp_fin_timeout = 1 # fast', 'vm.swappiness = 10'];
  return Array.from({ length: lines }, (_, i) => keys[i % keys.length].replace(/= /, `= `)).join('\n');
}

async function lspRoundTrip(text: string): Promise<number> {
  const client = new LspTestClient();
  await client.initialize();
  const uri = 'file:///bench/sysctl.conf';
  await client.open(uri, 'sysctl', text);
  await client.diagnostics(uri);
  const samples: number[] = [];
  for (let version = 2; version < 22; version += 1) {
    const start = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text: `${text}\n# edit ${version}` }],
    });
    await client.diagnostics(uri, (_d, p) => p.version === version);
    samples.push(performance.now() - start);
  }
  await client.dispose();
  return median(samples);
}

async function main(): Promise<void> {
  const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl });
  const rows: Row[] = [];
  const files = corpusFiles();
  if (files.length > 0) {
    const docs = files.map((f, i) => TextDocument.create(`file:///c/${i}`, 'sysctl', 1, readFileSync(f, 'utf8')));
    const lines = docs.reduce((n, d) => n + d.lineCount, 0);
    let version = 1;
    const ms = time(20, () => docs.forEach((d) => service.validate(TextDocument.create(d.uri, 'sysctl', (version += 1), d.getText()), DEFAULT_SETTINGS)));
    rows.push({ what: `validate the ${docs.length} real-world sysctl files (${lines} lines), cold parse`, value: `${ms.toFixed(1)} ms total, ${(ms / docs.length).toFixed(2)} ms per file` });
  }
  for (const size of [1_000, 10_000]) {
    const text = syntheticFile(size);
    let version = 1;
    const ms = time(10, () => service.validate(TextDocument.create('file:///big', 'sysctl', (version += 1), text), DEFAULT_SETTINGS));
    rows.push({ what: `validate a ${size.toLocaleString('en')}-line sysctl file`, value: `${ms.toFixed(1)} ms` });
  }
  const mid = syntheticFile(1_000);
  const doc = TextDocument.create('file:///hover', 'sysctl', 1, mid);
  service.validate(doc, DEFAULT_SETTINGS);
  const hoverMs = time(200, () => service.hover(doc, { line: 1, character: 10 }, DEFAULT_SETTINGS));
  const completeMs = time(200, () => service.complete(doc, { line: 1, character: 10 }, DEFAULT_SETTINGS));
  rows.push({ what: 'hover on a key (1,000-line file, parse cached)', value: `${(hoverMs * 1000).toFixed(0)} µs` });
  rows.push({ what: 'key completion (1,000-line file, parse cached)', value: `${(completeMs * 1000).toFixed(0)} µs` });
  const roundTrip = await lspRoundTrip(mid);
  rows.push({ what: 'LSP didChange → publishDiagnostics, 1,000 lines (incl. 200 ms debounce)', value: `${roundTrip.toFixed(0)} ms` });

  const table = ['| measurement | median |', '| --- | --- |', ...rows.map((r) => `| ${r.what} | ${r.value} |`)].join('\n');
  console.log(table);
}

void main();
