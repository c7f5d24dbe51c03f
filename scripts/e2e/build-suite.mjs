// Compiles test/e2e/suite/*.ts into out/e2e/ (one CommonJS file each; vscode and mocha stay external).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SUITE_OUT } from './paths.mjs';

export async function buildSuite() {
  const dir = join(ROOT, 'test', 'e2e', 'suite');
  const entryPoints = readdirSync(dir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(dir, name));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outdir: SUITE_OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSuite();
