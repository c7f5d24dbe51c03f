/**
 * Applies every case of cases.ts ALONE, each in its own fresh network namespace:
 *
 *   unshare --net sh -c 'cat TARGET; sysctl -p one.conf; echo rc=$?; cat TARGET'
 *
 * and records procps' exit code and message with the value read back before and after into
 * test/fixtures/sysctl/kernel-truth/cases.jsonl. Needs root and unshare; only net.* keys of the new
 * namespace are written, never anything of the host.
 *
 *   npx tsx scripts/kernel-truth/run.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCases, type TruthCase } from './cases';

const OUT = join(__dirname, '..', '..', 'test', 'fixtures', 'sysctl', 'kernel-truth', 'cases.jsonl');

const SCRIPT = [
  'printf "before="; cat "$1" 2>/dev/null | tr "\\t\\n" "  "; echo',
  'sysctl -p "$2" >/dev/null 2>"$3"; echo "rc=$?"',
  'printf "after="; cat "$1" 2>/dev/null | tr "\\t\\n" "  "; echo',
].join('; ');

export interface TruthRecord extends TruthCase {
  rc: number;
  message: string;
  before?: string;
  after?: string;
}

function apply(dir: string, truthCase: TruthCase): TruthRecord {
  const conf = join(dir, 'one.conf');
  const err = join(dir, 'stderr');
  writeFileSync(conf, `${truthCase.line}\n`);
  const run = spawnSync('unshare', ['--net', 'sh', '-c', SCRIPT, 'sh', truthCase.target ?? '/nonexistent', conf, err], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`unshare failed (${run.status}): ${run.stderr}`);
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(run.stdout)?.[1];
  const message = spawnSync('cat', [err], { encoding: 'utf8' }).stdout.trim().replace(join(dir, 'one.conf'), 'one.conf');
  const record: TruthRecord = { ...truthCase, rc: Number(field('rc')), message };
  if (truthCase.target) {
    record.before = field('before')?.trim();
    record.after = field('after')?.trim();
  }
  return record;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kernel-truth-'));
  try {
    const records = allCases().map((truthCase) => apply(dir, truthCase));
    writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const rejected = records.filter((r) => r.rc !== 0).length;
    console.log(`${records.length} lines (${rejected} rejected) -> ${OUT}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
