// The bundles kvmtune ships, as esbuild options: `npm run build` writes them and `npm run bench`
// measures their minified sizes from this same list.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * vscode-languageserver-types ships an ES module for `import` and a CommonJS one for `require`; the
 * server's own imports took the first and vscode-languageserver-protocol's requires the second, so
 * the server bundle carried the library twice (~20 KB). Every import gets the CommonJS copy.
 */
const oneTypesLibrary = {
  name: 'one-vscode-languageserver-types',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, () => ({ path: require.resolve('vscode-languageserver-types') }));
  },
};

/**
 * The engine (every language, the service, the results engine) ships once, in dist/server.js: it is
 * the language server when the client forks it and a library when dist/cli.js requires it.
 */
export function bundleConfigs({ production = false, outdir = 'dist' } = {}) {
  const common = { bundle: true, sourcemap: true, minify: production, logLevel: 'info', target: 'node20', plugins: [oneTypesLibrary] };
  const builds = [
    // The banner's clock is the start of code loading, which the client reports as part of its activation time.
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, platform: 'node', format: 'cjs', external: ['vscode', './server.js'], banner: { js: 'var kvmtuneBundleStart = performance.now();' } },
    { ...common, entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js`, platform: 'node', format: 'cjs' },
    {
      ...common,
      entryPoints: ['server/src/cli/bin.ts'],
      outfile: `${outdir}/cli.js`,
      platform: 'node',
      format: 'cjs',
      banner: { js: '#!/usr/bin/env node' },
      external: ['./server.js'],
    },
  ];
  if (existsSync('client/src/diff/webview/main.ts')) {
    builds.push({ ...common, entryPoints: ['client/src/diff/webview/main.ts'], outfile: `${outdir}/webview.js`, platform: 'browser', format: 'iife', target: 'es2022' });
  }
  return builds;
}
