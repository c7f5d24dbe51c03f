// Bundle sizes: the shipped Node bundles (client, server with the engine, CLI) built minified from
// the same list `npm run build` uses (scripts/bundles.mjs), into a temporary folder.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { row, type BenchRow } from './row';

const MEASURED: Record<string, string> = { 'client.js': 'client', 'server.js': 'server', 'cli.js': 'CLI' };

export async function benchBundles(): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'kvmtune-bundle-'));
  try {
    const { bundleConfigs } = await import('../scripts/bundles.mjs');
    const sizes: Record<string, number> = {};
    for (const config of bundleConfigs({ production: true, outdir: dir })) {
      const name = MEASURED[basename(config.outfile ?? '')];
      if (!name) continue;
      await esbuild.build({ ...config, sourcemap: false, logLevel: 'silent' });
      sizes[name] = statSync(config.outfile!).size;
    }
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const parts = Object.entries(sizes).map(([name, size]) => `${name} ${kb(size)}`).join(' + ');
    return row('all', 'bundles, minified (client + server + CLI)', `${parts} = ${(total / 1024 / 1024).toFixed(2)} MB`, { text: '≤ 1.5 MB', ok: total <= 1.5 * 1024 * 1024 }, sizes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
