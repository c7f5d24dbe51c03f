import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildRun } from '../../../engine/results/buildRun';
import { loadRun } from '../../../engine/results/loadRun';
import { parseUperfOutput } from '../../../engine/results/uperfOutput';
import { FIXTURES } from './helpers';
import { tenfoldRatio } from '../../support/growth';

const SAMPLE = join(FIXTURES, 'sample-runs', 'mtu1500');
const OUTPUT = readFileSync(join(SAMPLE, 'rr1c-1000x30k--1.1.txt'), 'utf8');

describe('results engine on hostile input', () => {
  it('Run Statistics followed by a 100 KB token parses in linear time (no unanchored regex)', () => {
    const out = parseUperfOutput(`Run Statistics\n${'x'.repeat(100_000)}\n${'1 '.repeat(50_000)}`);
    assert.deepEqual(out.runStats, []);
    const ratio = tenfoldRatio((n) => {
      const text = `Run Statistics\n${'x'.repeat(n)}\n`;
      return () => parseUperfOutput(text);
    }, 10_000);
    assert.ok(ratio < 50, `${ratio.toFixed(1)}×`);
  });

  it('still reads a slave row with info text glued in front of the host', () => {
    const out = parseUperfOutput('Run Statistics\n[1.2.3.4] Success1.2.3.4  62.05s  1.79GB  2.11Gb/s  121398  0.00\nmaster 62.05s 1.79GB 2.11Gb/s 121398 0.00\n');
    assert.deepEqual(out.runStats.map((r) => [r.host, r.seconds, r.operations]), [['Success1.2.3.4', 62.05, 121398], ['master', 62.05, 121398]]);
  });

  it('a uperf output cut off mid-run is a problem, and its sample is left out (not a 0 throughput)', () => {
    const cut = OUTPUT.slice(0, OUTPUT.indexOf('name:Txn2 nr_bytes:743930160'));
    const run = buildRun('/runs/a', [
      { name: 'rr1c-1000x30k--1.1.txt', text: OUTPUT },
      { name: 'rr1c-1000x30k--1.2.txt', text: cut },
    ]);
    assert.deepEqual(run.problems, [
      { file: 'rr1c-1000x30k--1.2.txt', reason: 'The uperf output ends before its Run Statistics, so the run was cut off (interrupted or truncated file); this sample is left out.' },
    ]);
    assert.deepEqual(run.tests.get('rr1c-1000x30k--1')?.samples.map((s) => s.sample), ['1']);
  });

  it('follows symbolic links to result files and lists a broken one as a problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvmtune-links-'));
    try {
      cpSync(join(SAMPLE, 'rr1c-1000x30k--1.1.txt'), join(dir, 'real.txt'));
      symlinkSync(join(dir, 'real.txt'), join(dir, 'rr1c-1000x30k--1.1.txt'));
      symlinkSync(join(dir, 'missing.txt'), join(dir, 'rr1c-1000x30k--1.2.txt'));
      const run = await loadRun(dir);
      assert.deepEqual(run.tests.get('rr1c-1000x30k--1')?.samples.map((s) => s.sample), ['1']);
      assert.deepEqual(run.problems.find((p) => p.file.endsWith('--1.2.txt'))?.reason, 'This is a symbolic link to something that does not exist, so it was left out.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('problem reasons are sentences, never JavaScript error text', () => {
    const run = buildRun('/runs/b', [
      { name: 'result.json', text: '{"x": [1, 2' },
      { name: 'other.json', text: '[{"iteration_data": null}]' },
      { name: 'run.json', text: '{' },
      { name: 't.1.client.csv', text: 'garbage' },
      { name: 't.1.txt', text: OUTPUT },
    ]);
    for (const { reason } of run.problems) {
      assert.match(reason, /^[A-Za-z].*\.$/, reason);
      assert.doesNotMatch(reason, /TypeError|Cannot read properties|undefined|Unexpected token|position \d/, reason);
    }
    assert.ok(run.problems.length >= 3);
  });
});
