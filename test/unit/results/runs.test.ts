import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildRun } from '../../../engine/results/buildRun';
import { loadRun, RunLoadError } from '../../../engine/results/loadRun';
import { parsePbenchResult, PbenchFormatError } from '../../../engine/results/pbenchResult';
import { PAPER_TESTS } from '../../../engine/results/testName';
import { close, FIXTURES } from './helpers';

const RUNS = join(FIXTURES, 'sample-runs');
const RESULTS = join(FIXTURES, 'results');

describe('sample runs (mtu1500, mtu9000)', () => {
  for (const name of ['mtu1500', 'mtu9000']) {
    it(`${name}: 20 paper tests × 2 samples, label and config from run.json, no problems`, async () => {
      const run = await loadRun(join(RUNS, name));
      assert.equal(run.label, name === 'mtu1500' ? 'MTU 1500' : 'MTU 9000');
      assert.match(String(run.config), /loopback in a network namespace/);
      assert.deepEqual(run.problems, []);
      assert.deepEqual([...run.tests.keys()].sort(), [...PAPER_TESTS].sort());
      for (const test of run.tests.values()) {
        assert.deepEqual(test.samples.map((s) => s.sample).sort(), ['1', '2']);
        for (const s of test.samples) {
          for (const v of Object.values(s.values)) assert.ok(typeof v === 'number' && v > 0, `${test.id.name}.${s.sample}`);
          assert.equal(s.detail?.source, 'raw');
          assert.equal(s.detail?.txn, 'Txn2');
        }
      }
    });
  }

  it('mtu1500 rr1c-200x1000--10.1: the four metrics by hand', async () => {
    const run = await loadRun(join(RUNS, 'mtu1500'));
    const s = run.tests.get('rr1c-200x1000--10')?.samples.find((x) => x.sample === '1');
    assert.ok(s);
    // window: last Txn1 line 1795632816368.9402 (first Txn2 line already has 6800 B) → last Txn2 line
    // 1795632821574.4746 "nr_bytes:488277200 nr_ops:813802"; Txn table "Txn1 406906" → 2 ops per transaction
    const seconds = (1795632821574.4746 - 1795632816368.9402) / 1000; // 5.2055344 s
    const trans = 813802 / 2 / seconds; // ≈ 78 166 trans/s
    close(s.values.throughput, trans);
    close(s.values.latency, 122.96); // uperf's own Txn-table average "Txn1 406906 122.96us"
    assert.equal(s.detail?.latencySource, 'uperf');
    const windowRun = await loadRun(join(RUNS, 'mtu1500'), { latency: 'window' });
    const w = windowRun.tests.get('rr1c-200x1000--10')?.samples.find((x) => x.sample === '1');
    close(w?.values.latency, (10 / trans) * 1e6); // 10 users, Little's law ≈ 127.9 us
    assert.equal(w?.detail?.latencySource, 'window');
    // client CPU-s (see cpu.test.ts): 0.0303·0.1310598 + (0.97+0.98+0.9706+0.99+0.9604) + 0.05·0.0744746
    const clientCpu = 0.0303 * (1795632816.5 - 1795632816.3689402) + (0.97 + 0.98 + 0.9706 + 0.99 + 0.9604) + 0.05 * (1795632821.5744746 - 1795632821.5);
    close(s.values.cpuClient, clientCpu / (488277200 / 1e6), 1e-9);
    assert.equal(s.throughputUnit, 'trans/s');
  });

  it('mtu1500 str-writex30k--250.1: MB/s, time per op and server CPU/MB by hand', async () => {
    const run = await loadRun(join(RUNS, 'mtu1500'));
    const s = run.tests.get('str-writex30k--250')?.samples.find((x) => x.sample === '1');
    assert.ok(s);
    // last Txn1 1795632927770.9980 → last Txn2 1795632932643.7427 "nr_bytes:14863134720 nr_ops:483826"
    const seconds = (1795632932643.7427 - 1795632927770.998) / 1000; // 4.8727447 s (ended early)
    close(s.values.throughput, 14863134720 / 1e6 / seconds); // ≈ 3050 MB/s
    close(s.values.latency, 2300); // "Txn1 483976 2.30ms": what uperf reports and the paper plots
    const windowRun = await loadRun(join(RUNS, 'mtu1500'), { latency: 'window' });
    const w = windowRun.tests.get('str-writex30k--250')?.samples.find((x) => x.sample === '1');
    close(w?.values.latency, (250 / (483826 / seconds)) * 1e6); // 250 users / ops per s ≈ 2518 us: threads start late
    // server mpstat (idle only; iowait = steal = 0): "28" [27.5,28.5] idle 16.22 → 0.8378 × (28.5 − 27.770998);
    // "29","30","31" idle 0 → 3 × 1.0; "32" idle 81 → 0.19; "33" [32.5,33.5] idle 95 → 0.05 × 0.1437427
    const serverCpu = 0.8378 * 0.729002 + 3 + 0.19 + 0.05 * 0.1437427; // 28.5 − 27.770998, 32.6437427 − 32.5
    close(s.values.cpuServer, serverCpu / (14863134720 / 1e6), 1e-7); // epoch-ms doubles carry ~2e-7 s of rounding
    assert.equal(s.throughputUnit, 'MB/s');
  });
});

describe('pbench result.json', () => {
  it('sample level, rr: aggregate trans/s and usec, CPU per MB from cpu_busy', () => {
    const file = join(RESULTS, 'distributed-system-analysis__pbench__uperf-0_tcp-rr-64B-1i_sample_result.json');
    const [test] = parsePbenchResult(readFileSync(file, 'utf8'), file);
    assert.equal(test.id.name, 'tcp_rr-64B-1i');
    assert.deepEqual([test.id.category, test.id.users], ['rr', 1]);
    const v = test.samples[0].values;
    close(v.throughput, 21471.0102774164);
    close(v.latency, 93.1489679076977);
    // MB/s = 21471.01 trans/s × (2 × 64 B) / 1e6 = 2.7483 MB/s; client 0.179357575757576 CPUs → 0.0653 CPU-s/MB
    const mbs = (21471.0102774164 * 128) / 1e6;
    close(v.cpuClient, 0.179357575757576 / mbs);
    close(v.cpuServer, 2.16903181818182 / mbs);
  });

  it('sample level, stream: Gb/s × 125 = MB/s, no latency', () => {
    const file = join(RESULTS, 'distributed-system-analysis__pbench__uperf-1_tcp-stream-64B-1i_sample_result.json');
    const [test] = parsePbenchResult(readFileSync(file, 'utf8'), file);
    assert.equal(test.id.category, 'str');
    const v = test.samples[0].values;
    close(v.throughput, 0.941620851930575 * 125);
    assert.equal(v.latency, null);
    close(v.cpuClient, 0.706246666666667 / (0.941620851930575 * 125));
  });

  it('iteration level: one value per sample; run level array', () => {
    const file = join(RESULTS, 'distributed-system-analysis__pbench__process-iteration-samples-0_iteration_result.json');
    const text = readFileSync(file, 'utf8');
    const [test] = parsePbenchResult(text, file);
    assert.deepEqual(test.samples.map((s) => s.values.throughput), [21513.6814738815, 21545.1933896888, 20780.6516229988]);
    close(test.samples[2].values.cpuClient, 0.195381666666667 / ((20780.6516229988 * 128) / 1e6));
    const runLevel = parsePbenchResult(JSON.stringify([{ iteration_number: 1, iteration_name: '1-tcp_rr-64B-1i', iteration_data: JSON.parse(text) }]), 'result.json');
    assert.equal(runLevel[0].id.name, 'tcp_rr-64B-1i');
    assert.equal(runLevel[0].samples.length, 3);
  });

  it('every file of results/: pbench JSON read, other JSON and .txt refused with a reason, CSV ignored', () => {
    const names = readdirSync(RESULTS);
    const run = buildRun(RESULTS, names.map((n) => ({ name: join(RESULTS, n), text: readFileSync(join(RESULTS, n), 'utf8') })));
    const jsonNames = names.filter((n) => n.endsWith('.json'));
    const pbench = jsonNames.filter((n) => n.startsWith('distributed-system-analysis'));
    assert.equal(pbench.length, 3);
    for (const n of jsonNames.filter((x) => !pbench.includes(x))) {
      assert.throws(() => parsePbenchResult(readFileSync(join(RESULTS, n), 'utf8'), n), PbenchFormatError);
    }
    // the 4 CDM JSON files and the 4 pbench .txt summaries (a .txt in a run is taken as uperf stdout) are
    // problems; the .csv files are neither tests nor problems
    const expectedProblems = names.filter((n) => (n.endsWith('.json') && !pbench.includes(n)) || n.endsWith('.txt'));
    assert.equal(expectedProblems.length, 8);
    assert.deepEqual(run.problems.map((p) => p.file).sort(), expectedProblems.map((n) => join(RESULTS, n)).sort());
    for (const p of run.problems.filter((x) => x.file.endsWith('.txt'))) assert.match(p.reason, /no uperf client output/);
    assert.deepEqual([...run.tests.keys()].sort(), ['tcp_rr-64b-1i', 'tcp_stream-64b-1i']);
    assert.equal(run.tests.get('tcp_rr-64b-1i')?.samples.length, 4); // 1 sample-level + 3 iteration samples
  });
});

describe('run loading: problems and errors', () => {
  function tempRun(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'kvmtune-run-'));
    for (const [name, text] of Object.entries(files)) {
      if (name.endsWith('/')) mkdirSync(join(dir, name));
      else writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const good = readFileSync(join(RUNS, 'mtu1500', 'rr1c-1x1--1.1.txt'), 'utf8');

  it('lists unreadable/unparsable files and still uses the rest', async () => {
    const dir = tempRun({
      'rr1c-1x1--1.1.txt': good,
      'rr1c-1x1--1.1.client.mpstat.json': '{"sysstat": ',
      'rr1c-1x1--10.1.txt': 'this is not uperf\n',
      'orphan.1.server.csv': 'timestamp_ms,busy_cpus\n1,1\n',
      'run.json': '{label',
      'notes.md': '# ignored',
    });
    const run = await loadRun(dir);
    assert.deepEqual([...run.tests.keys()], ['rr1c-1x1--1']);
    const s = run.tests.get('rr1c-1x1--1')?.samples[0];
    assert.ok(s && s.values.throughput !== null);
    assert.equal(s.values.cpuClient, null); // broken file → null, not 0
    assert.equal(s.values.cpuServer, null); // absent file → null
    const reasons = new Map(run.problems.map((p) => [p.file.slice(dir.length + 1), p.reason]));
    assert.deepEqual([...reasons.keys()].sort(), ['orphan.1.server.csv', 'rr1c-1x1--1.1.client.mpstat.json', 'rr1c-1x1--10.1.txt', 'run.json']);
    assert.match(reasons.get('rr1c-1x1--10.1.txt') ?? '', /no uperf client output/);
    assert.match(reasons.get('run.json') ?? '', /not valid JSON/);
    assert.match(reasons.get('orphan.1.server.csv') ?? '', /without a matching/);
    assert.equal(run.label, dir.split('/').pop()); // label falls back to the folder name
  });

  it('reads files that start with a UTF-8 byte order mark (Windows editors write one)', async () => {
    const dir = tempRun({ 'rr1c-1x1--1.1.txt': `\uFEFF${good}`, 'run.json': '\uFEFF{"label": "with BOM"}' });
    const run = await loadRun(dir);
    assert.deepEqual(run.problems, []);
    assert.equal(run.label, 'with BOM');
    assert.ok(run.tests.get('rr1c-1x1--1')?.samples[0].values.throughput);
  });

  it('empty, missing and non-folder paths are clear errors', async () => {
    const empty = tempRun({});
    await assert.rejects(loadRun(empty), (e: unknown) => e instanceof RunLoadError && /not a uperf run folder/.test(e.message));
    await assert.rejects(loadRun(join(empty, 'nope')), (e: unknown) => e instanceof RunLoadError && /no such file or folder/.test(e.message));
    const withFile = tempRun({ 'x.txt': 'x' });
    await assert.rejects(loadRun(join(withFile, 'x.txt')), /not a folder/);
    await assert.rejects(loadRun(withFile), /not a uperf run folder.*x\.txt/);
  });

  it('reads result.json one level down (pbench iteration directories)', async () => {
    const dir = tempRun({ '1-tcp_rr-64B-1i/': '' });
    writeFileSync(join(dir, '1-tcp_rr-64B-1i', 'result.json'), readFileSync(join(RESULTS, 'distributed-system-analysis__pbench__process-iteration-samples-0_iteration_result.json')));
    const run = await loadRun(dir);
    assert.equal(run.tests.get('tcp_rr-64b-1i')?.samples.length, 3);
  });
});
