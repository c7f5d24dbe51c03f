import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runDiff } from '../../../server/src/cli/diff';
import { FIXTURES } from './helpers';

const A = join(FIXTURES, 'sample-runs', 'mtu1500');
const B = join(FIXTURES, 'sample-runs', 'mtu9000');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runDiff(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('kvmtune diff', () => {
  it('json: the contract for the two sample runs, exit 0', async () => {
    const { code, out, err } = await cli(A, B, '--format', 'json');
    assert.equal(code, 0);
    assert.equal(err, '');
    const report = JSON.parse(out);
    assert.deepEqual(report.a, { path: A, label: 'MTU 1500', config: report.a.config });
    assert.equal(report.b.label, 'MTU 9000');
    assert.deepEqual(report.problems, []);
    assert.equal(report.tests.length, 20);
    assert.deepEqual(report.tests.slice(0, 5).map((t: { name: string }) => t.name), ['rr1c-1x1--1', 'rr1c-1x1--10', 'rr1c-1x1--50', 'rr1c-1x1--250', 'rr1c-200x1000--1']);
    const t = report.tests.find((x: { name: string }) => x.name === 'rr1c-200x1000--10');
    assert.deepEqual([t.category, t.users], ['rr', 10]);
    assert.deepEqual(Object.keys(t.metrics), ['throughput', 'latency', 'cpuClient', 'cpuServer']);
    assert.deepEqual(
      Object.values(t.metrics).map((m) => (m as { unit: string }).unit),
      ['trans/s', 'us', 'cpu-s/MB', 'cpu-s/MB'],
    );
    for (const m of Object.values(t.metrics) as Array<Record<string, unknown>>) {
      for (const key of ['a', 'b', 'deltaPct', 'pValue']) assert.equal(typeof m[key], 'number', key);
      assert.equal(typeof m.noisy, 'boolean');
      assert.deepEqual([m.samplesA, m.samplesB], [2, 2]);
    }
    assert.equal(report.tests.find((x: { name: string }) => x.name === 'str-readx30k--1').metrics.throughput.unit, 'MB/s');
    assert.equal(report.summary.length, 4);
  });

  it('every format succeeds; --noise-threshold changes the noisy flags', async () => {
    for (const format of ['text', 'csv', 'md', 'html']) {
      const { code, out } = await cli(A, B, `--format=${format}`);
      assert.equal(code, 0, format);
      assert.ok(out.length > 1000, format);
    }
    const strict = JSON.parse((await cli(A, B, '--format', 'json', '--noise-threshold', '0')).out);
    const loose = JSON.parse((await cli(A, B, '--format', 'json', '--noise-threshold', '1000')).out);
    assert.ok(strict.tests.every((t: { metrics: { throughput: { noisy: boolean } } }) => t.metrics.throughput.noisy));
    assert.ok(loose.tests.every((t: { metrics: { throughput: { noisy: boolean } } }) => !t.metrics.throughput.noisy));
    const plain = JSON.parse((await cli(A, B, '--format', 'json', '--convention', 'plain')).out);
    const paper = JSON.parse((await cli(A, B, '--format', 'json')).out);
    assert.equal(plain.tests[0].metrics.latency.deltaPct < 0, paper.tests[0].metrics.latency.deltaPct > 0);
  });

  it('usage errors exit 2 with stderr only', async () => {
    for (const argv of [[A], [A, B, '--format', 'xml'], [A, B, '--noise-threshold', 'abc'], [A, B, '--bogus'], [A, B, A]]) {
      const { code, out, err } = await cli(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(out, '');
      assert.match(err, /kvmtune diff: .*\n.*Usage/s);
    }
  });

  it('I/O errors and non-run folders exit 2 with a clear message and nothing on stdout', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kvmtune-empty-'));
    let r = await cli(A, join(empty, 'missing'));
    assert.deepEqual([r.code, r.out], [2, '']);
    assert.match(r.err, /missing: no such file or folder/);
    r = await cli(empty, B);
    assert.deepEqual([r.code, r.out], [2, '']);
    assert.match(r.err, /not a uperf run folder/);
  });

  it('hostile file names and labels are escaped in html and md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvmtune-hostile-'));
    const good = readFileSync(join(A, 'rr1c-1x1--1.1.txt'), 'utf8');
    writeFileSync(join(dir, '<script>alert(1)<\\script>"onerror=x.1.txt'), good);
    writeFileSync(join(dir, 'run.json'), JSON.stringify({ label: '<img src=x onerror=alert(1)>', config: '"onerror="y' }));
    for (const format of ['html', 'md']) {
      const { code, out } = await cli(dir, A, '--format', format);
      assert.equal(code, 0);
      assert.doesNotMatch(out, /<script|<img|"onerror=/i, format);
      assert.ok(out.includes('&#60;script&#62;alert(1)'), format);
    }
  });
});
