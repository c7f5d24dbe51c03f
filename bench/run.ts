// `npm run bench`: every budget of the quality gates, for every checked language in the registry.
// Prints one Markdown table, writes it with the raw numbers to bench/results/ (git-ignored), and with
// `--readme` puts it in the README's Speed section. Not part of the timed tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkedLanguages, languageById } from '../server/src/languages/registry';
import { benchBundles } from './bundle.bench';
import { benchDiff } from './diff.bench';
import { growthRows, referenceGrowthRow, xmlRatioRows } from './growth.bench';
import { markdownTable, type BenchRow } from './row';
import { activationRow, benchServer, startupRow } from './server.bench';
import { machine } from './stats';
import { benchXmllint } from './xmllint.bench';

const ROOT = path.join(__dirname, '..');

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const languages = checkedLanguages().filter((entry) => !only || only.includes(entry.id));
  const rows: BenchRow[] = [];
  const step = (what: string) => process.stderr.write(`bench: ${what}\n`);
  step('startup and bundles');
  rows.push(activationRow(), await startupRow(), await benchBundles(), referenceGrowthRow());
  for (const entry of languages) {
    step(`${entry.id}: through the server`);
    rows.push(...(await benchServer(entry)));
    step(`${entry.id}: growth`);
    rows.push(...growthRows(entry));
  }
  rows.push(...xmlRatioRows(languages), ...benchXmllint(languageById('libvirt')));
  step('results diff');
  rows.push(benchDiff());

  const header = `Machine: ${machine()}. Through the bundled server (dist/server.js, stdio JSON-RPC) unless it says growth; warm-up first, then medians/percentiles of the stated repetitions; ${new Date().toISOString().slice(0, 10)}.`;
  const table = `${header}\n\n${markdownTable(rows)}`;
  console.log(table);
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), rows }, null, 2)}\n`);
  writeFileSync(path.join(out, 'latest.md'), `${table}\n`);
  if (process.argv.includes('--readme')) {
    const readme = path.join(ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const replaced = text.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
    writeFileSync(readme, replaced);
  }
  const misses = rows.filter((r) => r.ok === false);
  if (misses.length > 0) process.stderr.write(`bench: ${misses.length} budget(s) missed:\n${misses.map((r) => `  ${r.language}: ${r.measurement}: ${r.value}`).join('\n')}\n`);
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
