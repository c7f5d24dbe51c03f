// Starts and stops code-server processes; every process started here is stopped on exit,
// on SIGINT/SIGTERM and on failure.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_BIN } from './paths.mjs';

const running = new Set();
let handlersInstalled = false;

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stopAll = () => { for (const server of running) server.kill(); };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log(`\n[code-server] ${signal}: stopping`);
      stopAll();
      process.exit(130);
    });
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

// Settings that keep the workbench quiet and offline-friendly (no marketplace, no tours).
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
};

/**
 * Starts code-server on a free loopback port. `extensionsDir` defaults to a fresh temp folder;
 * `env` is added to the server's environment (the extension host inherits it).
 */
export async function startCodeServer({ workspace, extensionsDir, port: wantedPort, env = {}, log = () => {}, timeoutMs = 60_000 }) {
  installSignalHandlers();
  const scratch = mkdtempSync(join(tmpdir(), 'kvmtune-code-server-'));
  const userDataDir = join(scratch, 'user-data');
  const extensions = extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = wantedPort ?? (await freePort());
  const args = [
    CODE_SERVER_BIN, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensions, workspace,
  ];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = [];
  const collect = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    log(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', (code) => { exited = true; resolve(code); }));

  const server = {
    pid: child.pid, port, url: `http://127.0.0.1:${port}`, userDataDir, extensionsDir: extensions,
    output: () => output.join(''),
    exited: exitedPromise,
    kill() {
      if (!exited) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      }
      running.delete(server);
      rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    },
    async stop() {
      if (!exited) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        await Promise.race([exitedPromise, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      server.kill();
    },
  };
  running.add(server);

  const deadline = Date.now() + timeoutMs;
  while (!(await portAnswers(port))) {
    if (exited || Date.now() > deadline) {
      server.kill();
      throw new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms${exited ? ' (it exited)' : ''}:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

/** `code-server --install-extension <vsix> --extensions-dir <dir>`; throws with its output on failure. */
export function installExtension(vsix, extensionsDir) {
  return execFileSync(process.execPath, [CODE_SERVER_BIN, '--install-extension', vsix, '--extensions-dir', extensionsDir], { encoding: 'utf8' });
}
