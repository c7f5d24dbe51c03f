// Bundles the extension client, the language server (which carries the engine the CLI uses), the
// CLI and the results-diff webview script.
import * as esbuild from 'esbuild';
import { bundleConfigs } from './bundles.mjs';

const watch = process.argv.includes('--watch');
const builds = bundleConfigs({ production: process.argv.includes('--production') });

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
