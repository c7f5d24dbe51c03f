/**
 * Runs INSIDE a fresh network namespace (see README.md): `unshare --net node --import tsx scripts/kernel-truth/probe-limits.ts out.json`.
 * For every writable key under /proc/sys/net it writes probe values straight to the file, records
 * the errno or the readback, binary-searches the largest and smallest accepted integer, and puts the
 * original value back. Only net.* files of the namespace are touched; nothing leaves it.
 */
import { closeSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { constants } from 'node:fs';
import { join } from 'node:path';

const ROOT = '/proc/sys/net';

function writableFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...writableFiles(path));
    else if (stat.mode & 0o200) out.push(path);
  }
  return out.sort();
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/\n$/, '');
  } catch (error) {
    return `!${(error as NodeJS.ErrnoException).code ?? 'ERR'}`;
  }
}

/** One write(2) of `text + "\n"`, as procps does it; the errno code or '' for success. */
function write(path: string, text: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY);
    writeSync(fd, `${text}\n`);
    return '';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ERR';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function accepts(path: string, text: string): boolean {
  return write(path, text) === '';
}

/** Largest accepted value in [lo, hi] assuming acceptance is monotone there (lo accepted). */
function searchMax(path: string, fill: (n: bigint) => string, lo: bigint, hi: bigint): bigint {
  while (lo < hi) {
    const mid = lo + (hi - lo + 1n) / 2n;
    if (accepts(path, fill(mid))) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

function searchMin(path: string, fill: (n: bigint) => string, lo: bigint, hi: bigint): bigint {
  // smallest accepted in [lo, hi], hi accepted
  while (lo < hi) {
    const mid = lo + (hi - lo) / 2n;
    if (accepts(path, fill(mid))) hi = mid;
    else lo = mid + 1n;
  }
  return hi;
}

const PROBES = ['0', '1', '2', '3', '5', '255', '256', '65535', '65536', '-1', '-0', '2147483647', '2147483648', '4294967295', '4294967296', '-2147483648', '-2147483649', '9223372036854775807', '18446744073709551615', '18446744073709551616', 'abc', ''];
const U64_MAX = (1n << 64n) - 1n;

const result: Record<string, unknown> = {};
for (const path of writableFiles(ROOT)) {
  const key = path.slice('/proc/sys/'.length).replace(/\//g, '.');
  const original = read(path) ?? '';
  const fields = original.split(/\s+/).filter((f) => f !== '');
  const numeric = fields.length > 0 && fields.every((f) => /^-?\d+$/.test(f));
  const entry: Record<string, unknown> = { original, fields: fields.length };
  if (numeric && !key.endsWith('.flush')) {
    // Vary the first number; keep the others as they are, so a vector stays complete.
    const fill = (n: bigint | string) => [String(n), ...fields.slice(1)].join(' ');
    const probes: Record<string, string> = {};
    for (const probe of PROBES) {
      const errno = write(path, fill(probe));
      probes[probe] = errno ? `!${errno}` : read(path) ?? '';
      write(path, original);
    }
    entry.probes = probes;
    if (accepts(path, fill(0n)) || accepts(path, fill(1n))) {
      const start = accepts(path, fill(0n)) ? 0n : 1n;
      entry.max = String(searchMax(path, fill, start, U64_MAX));
      write(path, original);
      const negative = accepts(path, fill(-1n));
      entry.min = negative ? String(-searchMax(path, (n) => fill(-n), 1n, 1n << 63n)) : String(searchMin(path, fill, 0n, start));
      write(path, original);
    } else {
      // Neither 0 nor 1: search upwards from the original value.
      const base = BigInt(fields[0]);
      entry.max = String(searchMax(path, fill, base, U64_MAX));
      write(path, original);
      entry.min = String(searchMin(path, fill, base < 0n ? -(1n << 63n) : 0n, base));
      write(path, original);
    }
  } else {
    const probes: Record<string, string> = {};
    for (const probe of ['0', '1', 'abc', 'cubic', 'reno', 'default', 'kernel', '']) {
      const errno = write(path, probe);
      probes[probe] = errno ? `!${errno}` : read(path) ?? '';
      write(path, original);
    }
    entry.probes = probes;
  }
  write(path, original);
  result[key] = entry;
}
writeFileSync(process.argv[2] ?? '/dev/stdout', `${JSON.stringify(result, null, 1)}\n`);
