// `npm start`: builds and packages the extension, installs the .vsix into the code-server
// cache's own extensions folder, serves the samples/ workspace and prints the URL.
// Ctrl-C stops code-server. Options: --port=N (default 8080, or a free port when taken).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { ROOT, START_EXTENSIONS_DIR, vsixPath } from './paths.mjs';
import { setup } from './setup.mjs';

const SAMPLES = join(ROOT, 'samples');

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

setup();
execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
rmSync(START_EXTENSIONS_DIR, { recursive: true, force: true });
mkdirSync(START_EXTENSIONS_DIR, { recursive: true });
console.log(installExtension(vsixPath(), START_EXTENSIONS_DIR).trim());

const requested = Number(process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? 8080);
const port = (await portIsFree(requested)) ? requested : undefined;
const server = await startCodeServer({ workspace: SAMPLES, extensionsDir: START_EXTENSIONS_DIR, port });
const url = `${server.url}/?folder=${encodeURIComponent(SAMPLES)}`;
console.log(`\nkvmtune is running in VS Code (code-server ${server.port}):\n\n  ${url}\n\nOpen it in a browser. Ctrl-C stops everything.`);
await server.exited;
console.log('code-server exited');
