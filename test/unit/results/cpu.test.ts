import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCpuFile } from '../../../engine/results/cpu/detect';
import { cpuInWindow, CpuFormatError } from '../../../engine/results/cpu/series';
import { close, FIXTURES } from './helpers';

const CPU = join(FIXTURES, 'cpu');
const read = (path: string) => readFileSync(path, 'utf8');

describe('CPU files: every corpus file', () => {
  it('covers exactly the files in cpu/', () => {
    assert.deepEqual(readdirSync(CPU).sort(), [
      'distributed-system-analysis__pbench__mpstat-2_mpstat-stdout.txt',
      'distributed-system-analysis__pbench__pidstat-2_pidstat-stdout.txt',
      'distributed-system-analysis__pbench__sar-2_sar-stdout.txt',
      'distributed-system-analysis__pbench__uperf-0_client-perf102_sar_cpu_all_cpu_busy.csv',
      'distributed-system-analysis__pbench__uperf-0_server-perf104_sar_cpu_all_cpu_busy.csv',
    ]);
  });

  it('mpstat text: columns by name, per-CPU rows summed, 5-s samples', () => {
    const series = parseCpuFile(read(join(CPU, 'distributed-system-analysis__pbench__mpstat-2_mpstat-stdout.txt')));
    assert.equal(series.format, 'sysstat text');
    // Samples at 20:23:17, :22, :27 (then Average:, skipped) on 05/24/19.
    assert.equal(series.intervals.length, 3);
    // First block: CPUs 10, 15 and 20 show %idle 0.00 (and iowait/steal 0.00), all others %idle 100.00
    // → busy = 3 × 100 % = 3.00 CPUs.
    close(series.intervals[0].busyCpus, 3);
    // Second block: the same three plus CPU 12 at %idle 99.80 → 3 + 0.2/100 = 3.002 CPUs.
    close(series.intervals[1].busyCpus, 3.002);
    // Whole-second stamps end at +0.5 s; the first sample covers the 5-s median gap.
    const t17 = Date.UTC(2019, 4, 24, 20, 23, 17);
    assert.deepEqual([series.intervals[0].startMs, series.intervals[0].endMs], [t17 + 500 - 5000, t17 + 500]);
    assert.deepEqual([series.intervals[1].startMs, series.intervals[1].endMs], [t17 + 500, t17 + 5500]);
  });

  it('sar -A text: only the CPU block, AM/PM clock, per-CPU sum agrees with the all row', () => {
    const text = read(join(CPU, 'distributed-system-analysis__pbench__sar-2_sar-stdout.txt'));
    const series = parseCpuFile(text);
    // "all" rows with the ten %-columns (the CPU MHz block's "all   2000.03" is another activity)
    const allRows = text.split('\n').filter((l) => /^\d\d:\d\d:\d\d (AM|PM)\s+all(\s+[\d.]+){10}\s*$/.test(l));
    assert.equal(allRows.length, 1);
    assert.equal(series.intervals.length, allRows.length);
    // First "all" row: %idle 98.04, %iowait 0.00, %steal 0.00 → 1.96 % of 16 CPUs = 0.3136 CPUs;
    // the sum of the 16 per-CPU rows must agree within their 2-decimal rounding.
    close(series.intervals[0].busyCpus, 0.0196 * 16, 0.02);
    assert.equal(series.intervals[0].endMs, Date.UTC(2015, 3, 1, 7, 50, 9) + 500);
  });

  it('pbench CPU CSV (client and server): Σ cpu_NN / 100 per row', () => {
    const server = parseCpuFile(read(join(CPU, 'distributed-system-analysis__pbench__uperf-0_server-perf104_sar_cpu_all_cpu_busy.csv')));
    assert.equal(server.intervals.length, 66);
    // Row 1459955117000: 1.98+1+1.01+100+100+1+1.98+0.99+1 = 208.96 % → 2.0896 CPUs, [116500, 117500]
    close(server.intervals[0].busyCpus, (1.98 + 1 + 1.01 + 100 + 100 + 1 + 1.98 + 0.99 + 1) / 100);
    assert.deepEqual([server.intervals[0].startMs, server.intervals[0].endMs], [1459955116500, 1459955117500]);
    const client = parseCpuFile(read(join(CPU, 'distributed-system-analysis__pbench__uperf-0_client-perf102_sar_cpu_all_cpu_busy.csv')));
    assert.equal(client.intervals.length, 66);
    // Row 1459955116000: 10+3.96+4.04+1.01+2.97+3+0.99+0.99+6.93+1+1 = 35.89 % → 0.3589 CPUs
    close(client.intervals[0].busyCpus, (10 + 3.96 + 4.04 + 1.01 + 2.97 + 3 + 0.99 + 0.99 + 6.93 + 1 + 1) / 100);
  });

  it('pidstat is recognised and refused with a reason', () => {
    assert.throws(
      () => parseCpuFile(read(join(CPU, 'distributed-system-analysis__pbench__pidstat-2_pidstat-stdout.txt'))),
      (e: unknown) => e instanceof CpuFormatError && /per process/.test(e.message),
    );
  });
});

describe('CPU files: sample-run mpstat JSON and the window', () => {
  it('CPU-seconds of mtu1500 rr1c-200x1000--10.1 client inside its uperf window', () => {
    const series = parseCpuFile(read(join(FIXTURES, 'sample-runs', 'mtu1500', 'rr1c-200x1000--10.1.client.mpstat.json')));
    assert.equal(series.format, 'mpstat JSON');
    assert.equal(series.intervals.length, 8);
    // Window from the .txt: last Txn1 line 1795632816368.9402 → last Txn2 line 1795632821574.4746.
    // 18:53:36 UTC on 11/25/26 = 1795632816000. Each sample "18:53:SS" ends at SS.5 s and covers 1 s:
    //   "36" [35.5, 36.5] idle 96.97 → 0.0303 CPUs × (36.5 − 36.3689402) s
    //   "37".."41" fully inside: idle 3.00, 2.00, 2.94, 1.00, 3.96 → 0.97 + 0.98 + 0.9706 + 0.99 + 0.9604
    //   "42" [41.5, 42.5] idle 95.00 → 0.05 CPUs × (41.5744746 − 41.5) s
    const start = 1795632816368.9402;
    const end = 1795632821574.4746;
    const expected = 0.0303 * (1795632816.5 - start / 1000) + (0.97 + 0.98 + 0.9706 + 0.99 + 0.9604) + 0.05 * (end / 1000 - 1795632821.5);
    const got = cpuInWindow(series, start, end);
    close(got.cpuSeconds, expected, 1e-9);
    close(got.coverage, 1);
  });

  it('repeated and skipped mpstat seconds make contiguous intervals', () => {
    // mtu1500 rr1c-200x1000--50.1: 18:54:18, :19, :19, :20, :21, :22, :23, :25
    const series = parseCpuFile(read(join(FIXTURES, 'sample-runs', 'mtu1500', 'rr1c-200x1000--50.1.client.mpstat.json')));
    const t19 = Date.UTC(2026, 10, 25, 18, 54, 19);
    // the two "19" samples end at 19 + 1/3 s and 19 + 2/3 s; "25" covers from 23.5 to 25.5
    assert.equal(series.intervals[1].endMs, t19 + 1000 / 3);
    assert.equal(series.intervals[2].endMs, t19 + 2000 / 3);
    assert.deepEqual([series.intervals[7].startMs, series.intervals[7].endMs], [t19 + 4500, t19 + 6500]);
    for (let i = 1; i < series.intervals.length; i += 1) assert.equal(series.intervals[i].startMs, series.intervals[i - 1].endMs);
  });
});

describe('CPU files: synthetic formats', () => {
  it('sadf -d with explicit interval and per-CPU rows', () => {
    const text = [
      '# hostname;interval;timestamp;CPU;%usr;%nice;%sys;%iowait;%steal;%irq;%soft;%guest;%gnice;%idle',
      'vm;2;2026-11-25 18:00:02 UTC;-1;10.00;0.00;10.00;0.00;0.00;0.00;0.00;0.00;0.00;80.00',
      'vm;2;2026-11-25 18:00:02 UTC;0;20.00;0.00;20.00;0.00;0.00;0.00;0.00;0.00;0.00;60.00',
      'vm;2;2026-11-25 18:00:02 UTC;1;0.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;100.00',
      'vm;2;2026-11-25 18:00:04 UTC;-1;50.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;50.00',
      'vm;2;2026-11-25 18:00:04 UTC;0;50.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;50.00',
      'vm;2;2026-11-25 18:00:04 UTC;1;50.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;0.00;50.00',
    ].join('\n');
    const series = parseCpuFile(text);
    assert.equal(series.format, 'sadf -d');
    // per-CPU sums: (100−60)/100 + 0 = 0.4 CPUs; then 0.5 + 0.5 = 1.0 CPU
    assert.deepEqual(series.intervals.map((i) => i.busyCpus), [0.4, 1]);
    const t2 = Date.UTC(2026, 10, 25, 18, 0, 2) + 500;
    assert.deepEqual([series.intervals[0].startMs, series.intervals[0].endMs], [t2 - 2000, t2]);
    // window [t2 − 1000, t2 + 1000]: 0.4 × 1 s + 1.0 × 1 s = 1.4 CPU-s
    close(cpuInWindow(series, t2 - 1000, t2 + 1000).cpuSeconds, 1.4);
  });

  it('/proc/stat snapshots: Δ(user+nice+system+irq+softirq) / USER_HZ, guest not added', () => {
    const text = [
      'USER_HZ=100',
      '@1000000',
      'cpu  100 0 50 1000 5 2 3 0 40 0',
      'cpu0 100 0 50 1000 5 2 3 0 40 0',
      '@1002000',
      'cpu  250 10 90 1300 9 4 6 1 140 0',
    ].join('\n');
    const series = parseCpuFile(text);
    // busy ticks: (100+0+50+2+3)=155 → (250+10+90+4+6)=360; Δ = 205 ticks = 2.05 CPU-s over 2 s → 1.025 CPUs
    assert.deepEqual(series.intervals, [{ startMs: 1000000, endMs: 1002000, busyCpus: 1.025 }]);
    close(cpuInWindow(series, 1000000, 1002000).cpuSeconds, 2.05);
  });

  it('refuses unknown or broken content with a reason', () => {
    assert.throws(() => parseCpuFile('hello'), CpuFormatError);
    assert.throws(() => parseCpuFile('{"sysstat": {"hosts": []}}'), /statistics/);
    assert.throws(() => parseCpuFile('{oops'), /mpstat JSON/);
    // A host without its date (the fuzz run's mutation renamed the key): a sentence, not "unreadable date undefined".
    assert.throws(() => parseCpuFile('{"sysstat": {"hosts": [{"statistics": []}]}}'), { message: 'mpstat JSON: the host has no date' });
    assert.throws(() => parseCpuFile('{"sysstat": {"hosts": [{"date": "soon", "statistics": []}]}}'), { message: 'mpstat JSON: unreadable date "soon"' });
    assert.throws(() => parseCpuFile('@1000\ncpu 1 2 3 4 5 6 7\n'), /at least two/);
  });

  it('reports partial coverage of the window', () => {
    const series = parseCpuFile('timestamp_ms,busy_cpus\n10000,1\n11000,1\n');
    // whole-second stamps → ends 10500 and 11500, 1-s intervals [9500,10500] and [10500,11500];
    // window [10500,12500] holds 1 s of the 2 s → coverage 0.5, CPU-s = 1 CPU × 1 s
    const got = cpuInWindow(series, 10500, 12500);
    close(got.coverage, 0.5);
    close(got.cpuSeconds, 1);
  });
});
