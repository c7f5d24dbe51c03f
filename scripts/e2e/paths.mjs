// Locations shared by the e2e setup, runners, packaging test and `npm start`.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// 4.100.3 = VS Code 1.100.3, the last code-server line that runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const START_EXTENSIONS_DIR = join(ROOT, '.vscode-test', 'start-extensions');
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts');
export const SUITE_OUT = join(ROOT, 'out', 'e2e');
export const WORKSPACE = join(ROOT, 'test', 'e2e', 'workspace');
export const CHROMIUM = '/usr/bin/chromium';

export function packageInfo() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

export function vsixPath() {
  const { name, version } = packageInfo();
  return join(ROOT, `${name}-${version}.vsix`);
}
