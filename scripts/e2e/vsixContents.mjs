// What the .vsix from `npm run package` may carry: the bundles, the manifest and the files it
// names, the rule docs and images; never sources, tests, fixtures, samples or source maps.
// Used by the runner's vsix part; also `node scripts/e2e/vsixContents.mjs [file.vsix]`.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { vsixPath } from './paths.mjs';

/**
 * Every bundle the .vsix carries (client, server with the engine, webview) within the 1.5 MiB
 * budget, the webview script (chart.js is most of it) also under its own cap, and a cap on the
 * whole package to catch strays. All uncompressed.
 */
export const BUNDLE_BUDGET = 1.5 * 1024 * 1024;
export const WEBVIEW_BUDGET = 256 * 1024;
export const PACKAGE_BUDGET = 3 * 1024 * 1024;

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|webview)\.js$/,
  /^extension\/docs\/rules\/[a-z0-9-]+\.md$/,
  /^extension\/docs\/images\/[\w/.-]+\.png$/,
  /^extension\/media\/icon\.png$/,
  /^extension\/media\/walkthrough\/[\w.-]+\.(png|conf|md)$/,
  /^extension\/(schemas|snippets|syntaxes|language-configuration)\/[\w.-]+\.json$/,
];

/** Entries of a zip file's central directory: { name, size (uncompressed), compressedSize, offset, method }. */
export function zipEntries(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    entries.push({ name: buffer.toString('utf8', at + 46, at + 46 + nameLength), size, compressedSize, offset, method });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated). */
export function zipRead(buffer, entry) {
  const nameLength = buffer.readUInt16LE(entry.offset + 26);
  const extraLength = buffer.readUInt16LE(entry.offset + 28);
  const start = entry.offset + 30 + nameLength + extraLength;
  const data = buffer.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

/** Files the manifest points at, relative to the extension folder. */
export function manifestFiles(manifest) {
  const c = manifest.contributes ?? {};
  return [
    manifest.main, manifest.icon,
    ...(c.languages ?? []).map((l) => l.configuration),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.snippets ?? []).map((s) => s.path),
    ...(c.walkthroughs ?? []).flatMap((w) => w.steps.map((s) => s.media?.image ?? s.media?.markdown)),
  ].filter(Boolean).map((p) => p.replace(/^\.\//, ''));
}

/** Named checks over the package: [{ name, ok, error? }]. */
export function checkVsix(buffer) {
  const entries = zipEntries(buffer);
  const names = entries.map((e) => e.name);
  const results = [];
  const check = (name, problems) => results.push({ name, ok: problems.length === 0, error: problems.join('\n') || undefined });
  check('the .vsix carries only allowed files (no sources, tests, fixtures, samples or maps)', names.filter((n) => !ALLOWED.some((re) => re.test(n))));
  const packageJson = entries.find((e) => e.name === 'extension/package.json');
  const manifest = packageJson ? JSON.parse(zipRead(buffer, packageJson).toString('utf8')) : {};
  check('the .vsix contains every file its manifest names', manifestFiles(manifest).filter((f) => !names.includes(`extension/${f}`)).map((f) => `missing ${f}`));
  const sizeOf = (pattern) => entries.filter((e) => pattern.test(e.name)).reduce((sum, e) => sum + e.size, 0);
  const bundles = sizeOf(/^extension\/dist\/.*\.js$/);
  check(`the bundles fit the ${BUNDLE_BUDGET / 1024 / 1024} MiB budget (${(bundles / 1024 / 1024).toFixed(2)} MiB)`, bundles > BUNDLE_BUDGET ? [`bundles are ${bundles} bytes`] : []);
  const webview = sizeOf(/^extension\/dist\/webview\.js$/);
  check(`the webview script fits its ${WEBVIEW_BUDGET / 1024} KiB cap (${(webview / 1024).toFixed(0)} KiB)`, webview > WEBVIEW_BUDGET ? [`webview.js is ${webview} bytes`] : []);
  check(`the .vsix stays under ${PACKAGE_BUDGET / 1024 / 1024} MiB (${(buffer.length / 1024 / 1024).toFixed(2)} MiB)`, buffer.length > PACKAGE_BUDGET ? [`the package is ${buffer.length} bytes`] : []);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = checkVsix(readFileSync(process.argv[2] ?? vsixPath()));
  for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name}${r.error ? `\n    ${r.error.split('\n').join('\n    ')}` : ''}`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
