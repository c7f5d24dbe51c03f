// The kvmtune language servers running under a process this harness started (code-server), read
// from /proc (Linux). The UI checks kill only these, never a process found by name alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const SERVER_SCRIPT = join(ROOT, 'dist', 'server.js');

/** { state, ppid } of a process, or undefined when it is gone. */
function processStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold blanks and parentheses; the other fields follow its last ')'.
    const [state, ppid] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

/** A process that has not exited (a zombie has exited, only its parent has not reaped it yet). */
export function isRunning(pid) {
  const stat = processStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

function descendants(rootPid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = processStat(name);
    if (stat) parentOf.set(Number(name), stat.ppid);
  }
  const found = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

/** Running processes under `rootPid` whose command line runs this worktree's dist/server.js. */
export function languageServers(rootPid) {
  return descendants(rootPid).filter((pid) => isRunning(pid) && commandLine(pid).includes(SERVER_SCRIPT));
}

/** The Node flags and the environment variables `names` a running process was started with. */
export function startedWith(pid, names) {
  const environment = (() => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    } catch {
      return [];
    }
  })();
  const env = Object.fromEntries(names.map((name) => [name, environment.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1)]));
  const argv = commandLine(pid);
  return { nodeFlags: argv.slice(1, argv.indexOf(SERVER_SCRIPT)), env };
}
