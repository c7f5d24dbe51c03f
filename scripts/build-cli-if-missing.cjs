// npm postinstall. In a source checkout without dist/cli.js or the dist/server.js it runs (what
// the pre-commit hook installs from: `npm install` in a clone, then `npm pack`) it bundles them, so
// the packed tarball carries them. Installed from a tarball (no scripts/build.mjs) it does nothing. Not `prepare`:
// npm prints its banner on the stdout of `npm pack`, which pre-commit reads as the file name.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const missing = ['cli.js', 'server.js'].some((name) => !existsSync(join(root, 'dist', name)));
if (existsSync(join(root, 'scripts', 'build.mjs')) && missing) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
