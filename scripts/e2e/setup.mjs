// Idempotent setup for the code-server e2e harness: Debian packages, then code-server in a
// git-ignored cache folder (not a dependency of the extension). Skips whatever is present.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, CODE_SERVER_BIN, CODE_SERVER_VERSION } from './paths.mjs';

const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'g++', 'make', 'python3'];
// Every package in code-server's three shrinkwraps that has an install script. npm 11 skips
// dependency install scripts unless package.json#allowScripts (or an npmrc) allows them, and
// refuses --allow-scripts in project installs. code-server's postinstall runs two nested
// `npm install`s (lib/vscode, lib/vscode/extensions), which would inherit an npmrc setting as
// a forbidden env flag, so each of the three package.json files gets the field instead.
const ALLOW_SCRIPTS = [
  'code-server', 'argon2', '@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog',
  '@vscode/windows-ca-certs', '@vscode/windows-process-tree', '@vscode/windows-registry',
  'kerberos', 'native-watchdog', 'node-pty', 'esbuild',
];
// Native modules whose build output must exist after the install, or the scripts did not run.
const NATIVE_CHECKS = [
  'lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
];
const INSTALLED_MARKER = join(CACHE_DIR, '.installed');

function log(message) {
  console.log(`[e2e setup] ${message}`);
}

function missingDebianPackages() {
  return APT_PACKAGES.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function installDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return log('Debian packages present');
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (run as root or: sudo apt-get install ${missing.join(' ')})`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

// @vscode/ripgrep's postinstall downloads rg from GitHub unless this cached archive exists.
function seedRipgrepCache() {
  const dir = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'kvmtune-rg-'));
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  log(`seeded ${archive} from /usr/bin/rg`);
}

function installCodeServer() {
  if (existsSync(INSTALLED_MARKER) && existsSync(CODE_SERVER_BIN)) {
    return log(`code-server ${CODE_SERVER_VERSION} present in ${CACHE_DIR}`);
  }
  seedRipgrepCache();
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, 'package.json'), JSON.stringify({
    name: 'kvmtune-code-server-cache', private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
  }, null, 2));
  log(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules, a few minutes)`);
  const env = {
    ...process.env,
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_unsafe_perm: 'true', // checked by code-server's postinstall when run as root
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const started = Date.now();
  const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: 'inherit', env });
  npm(['install', '--no-package-lock', '--ignore-scripts'], CACHE_DIR);
  const root = join(CACHE_DIR, 'node_modules', 'code-server');
  for (const dir of [CACHE_DIR, join(root, 'lib', 'vscode'), join(root, 'lib', 'vscode', 'extensions')]) allowInstallScripts(dir);
  npm(['rebuild', '--foreground-scripts'], CACHE_DIR);
  const missing = NATIVE_CHECKS.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new Error(`code-server install scripts did not run; missing: ${missing.join(', ')}`);
  writeFileSync(INSTALLED_MARKER, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function allowInstallScripts(dir) {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.allowScripts = Object.fromEntries(ALLOW_SCRIPTS.map((name) => [name, true]));
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

export function setup() {
  installDebianPackages();
  installCodeServer();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    setup();
  } catch (error) {
    console.error(`[e2e setup] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
