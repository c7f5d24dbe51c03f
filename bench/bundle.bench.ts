// Bundle sizes: client + server + CLI built minified (as `npm run package` does) into a temporary folder.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { row, type BenchRow } from './row';

const ENTRIES: Array<[string, string, esbuild.BuildOptions]> = [
  ['client', 'client/src/extension.ts', { external: ['vscode'] }],
  ['server', 'server/src/server.ts', {}],
  ['CLI', 'server/src/cli/main.ts', {}],
];

export async function benchBundles(): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'kvmtune-bundle-'));
  try {
    const sizes: Record<string, number> = {};
    for (const [name, entry, extra] of ENTRIES) {
      const outfile = join(dir, `${name}.js`);
      await esbuild.build({ entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', ...extra });
      sizes[name] = statSync(outfile).size;
    }
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const parts = Object.entries(sizes).map(([name, size]) => `${name} ${kb(size)}`).join(' + ');
    return row('all', 'bundles, minified (client + server + CLI)', `${parts} = ${(total / 1024 / 1024).toFixed(2)} MB`, { text: '≤ 1.5 MB', ok: total <= 1.5 * 1024 * 1024 }, sizes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
