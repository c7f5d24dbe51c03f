import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../../server/src/cli/main';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const PROFILE = '<?xml version="1.0"?>\n<profile name="p">\n<group nthreads="1">\n<transaction iterations="1">\n<flowop type="connect" options="remotehost=$h protocol=tcp"/>\n</transaction>\n<transaction duration="300s">\n<flowop type="write" options="size=64"></flowop>\n</transaction>\n</group>\n</profile>\n';

describe('kvmtune lint and matrix for uperf', () => {
  it('lints a uperf profile whatever its name, found by its <profile> root', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-uperf-'));
    const file = path.join(dir, 'stream.workload');
    writeFileSync(file, PROFILE);
    const { code, stdout } = await run(['lint', '--format', 'json', file]);
    assert.equal(code, 1);
    const [report] = JSON.parse(stdout);
    assert.equal(report.language, 'uperf');
    assert.deepEqual(report.diagnostics.map((d: { rule: string; range: { start: { line: number; character: number } } }) => `${d.range.start.line}:${d.range.start.character} ${d.rule}`), ['7:38 uperf-unknown-symbol']);
  });

  it('writes the 20 paper profiles and an executable run-matrix.sh, refusing to overwrite without --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-matrix-'));
    const first = await run(['matrix', dir, '--duration', '2']);
    assert.deepEqual([first.code, first.stdout.split('\n')[0]], [0, `wrote 20 profiles and run-matrix.sh to ${dir} (duration 2 s)`]);
    assert.equal(readdirSync(dir).length, 21);
    assert.ok(readFileSync(path.join(dir, 'str-readx30k--50.xml'), 'utf8').includes('<group nprocs="50">'));
    assert.equal(statSync(path.join(dir, 'run-matrix.sh')).mode & 0o111, 0o111);
    const again = await run(['matrix', dir]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already has .* use --force to overwrite/);
    assert.equal((await run(['matrix', dir, '--force'])).code, 0);
    assert.match((await run(['matrix', dir, '--duration', '0'])).stderr, /--duration must be a whole number of seconds/);
  });

  it('--uperf-protocols says which protocols the uperf build has, like kvmtune.uperf.protocols', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-uperf-'));
    const file = path.join(dir, 'vsock.xml');
    writeFileSync(file, PROFILE.replace('protocol=tcp', 'protocol=vsock').replace('></flowop>', '/>'));
    const plain = await run(['lint', file]);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /Protocol vsock not supported/);
    assert.deepEqual([(await run(['lint', '--uperf-protocols', 'vsock,sctp', file])).code], [0]);
    assert.match((await run(['lint', '--uperf-protocols', 'quic', file])).stderr, /--uperf-protocols takes a comma-separated list of sctp, ssl, vsock, rds/);
  });
});
