import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { masterRow, parseUperfOutput } from '../../../engine/results/uperfOutput';
import { measurementWindow } from '../../../engine/results/uperfWindow';
import { parseBitRate, parsePercent, parseSize, parseTimeUs } from '../../../engine/results/units';
import { close, FIXTURES } from './helpers';

const OUTPUTS = join(FIXTURES, 'outputs');
const read = (path: string) => readFileSync(path, 'utf8');

interface Expected {
  source: 'raw' | 'progress';
  txn: string;
  startMs: number | null;
  endMs: number | null;
  seconds: number;
  bytes: number;
  ops: number;
  opsPerTxn: number | null;
}

// Every file of the corpus outputs/ folder, with the window read off its lines by hand.
const EXPECTED: Record<string, Expected> = {
  // first Txn2 line "1459955118425.3613 nr_bytes:0 nr_ops:0" → window starts there;
  // last Txn2 line "1459955178684.6523 nr_bytes:82926400 nr_ops:1295725"; Txn table Txn1 Count 647863
  // → opsPerTxn = round(1295725 / 647863) = round(1.99999) = 2
  'distributed-system-analysis__pbench__uperf-0_tcp-rr-64B-1i_port21000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459955118425.3613, endMs: 1459955178684.6523,
    seconds: (1459955178684.6523 - 1459955118425.3613) / 1000, bytes: 82926400, ops: 1295725, opsPerTxn: 2,
  },
  // 1459955123642.3875 (0/0) → 1459955183903.0339 (82840768 B, 1294387 ops); Count 647194 → 2
  'distributed-system-analysis__pbench__uperf-0_tcp-rr-64B-1i_port22000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459955123642.3875, endMs: 1459955183903.0339,
    seconds: (1459955183903.0339 - 1459955123642.3875) / 1000, bytes: 82840768, ops: 1294387, opsPerTxn: 2,
  },
  // stream: 59417760 ops / Count 3713611 = 16.0000 → 16 writes per transaction (pbench `write count=16`)
  'distributed-system-analysis__pbench__uperf-1_tcp-stream-64B-1i_port21000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459956694529.3694, endMs: 1459956754789.9688,
    seconds: (1459956754789.9688 - 1459956694529.3694) / 1000, bytes: 3802736640, ops: 59417760, opsPerTxn: 16,
  },
  // 282385 / 141193 = 1.99999 → 2
  'distributed-system-analysis__pbench__uperf-2_tcp-rr-16384B-1i_port21000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459955957146.3787, endMs: 1459956017406.9509,
    seconds: (1459956017406.9509 - 1459955957146.3787) / 1000, bytes: 4626595840, ops: 282385, opsPerTxn: 2,
  },
  // Txn1 (connect) spans 6 s here, Txn2 60 s → Txn2; 228106 / 14260 = 15.996 → 16
  'distributed-system-analysis__pbench__uperf-3_tcp-stream-16384B-8i_port21000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459958319600.5574, endMs: 1459958379861.1973,
    seconds: (1459958379861.1973 - 1459958319600.5574) / 1000, bytes: 3736076214, ops: 228106, opsPerTxn: 16,
  },
  // 205589 / 12854 = 15.994 → 16
  'distributed-system-analysis__pbench__uperf-3_tcp-stream-16384B-8i_port22000_client_output.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1459958319827.9465, endMs: 1459958380089.2808,
    seconds: (1459958380089.2808 - 1459958319827.9465) / 1000, bytes: 3367501771, ops: 205589, opsPerTxn: 16,
  },
  // first Txn2 line is already "nr_bytes:384 nr_ops:6" → start at the last Txn1 line 1795630673321.5273 with 0/0;
  // end 1795630676524.0491 (102363392 B, 1599428 ops); Count 799715 → 1599428 / 799715 = 2.00000 → 2
  'uperf-1.0.8-c93e902__local-loopback__tcp-rr-64B-2i__flags-a-R-i1.txt': {
    source: 'raw', txn: 'Txn2', startMs: 1795630673321.5273, endMs: 1795630676524.0491,
    seconds: (1795630676524.0491 - 1795630673321.5273) / 1000, bytes: 102363392, ops: 1599428, opsPerTxn: 2,
  },
  // no raw lines; last \r-separated Txn2 record "100.10M /   3.20(s) =   262.13Mb/s      511975op/s"
  // (size token truncated) → bytes = 262.13e6 * 3.20 / 8, ops = 511975 * 3.20; Count 820024 →
  // 1638320 / 820024 = 1.998 → 2
  'uperf-1.0.8-c93e902__local-loopback__tcp-rr-64B-2i__flags-a.txt': {
    source: 'progress', txn: 'Txn2', startMs: null, endMs: null, seconds: 3.2, bytes: (262.13e6 * 3.2) / 8, ops: 511975 * 3.2, opsPerTxn: 2,
  },
  // last Txn2 record "129.05M /   2.20(s) =   491.54Mb/s       10566op/s"; no Txn table
  'uperf-1.0.8-c93e902__local-loopback__mixed-2groups-nprocs__default-flags.txt': {
    source: 'progress', txn: 'Txn2', startMs: null, endMs: null, seconds: 2.2, bytes: (491.54e6 * 2.2) / 8, ops: 10566 * 2.2, opsPerTxn: null,
  },
  // old "%-6s" layout; last Txn2 record after "... Trimmed ...": "57.26GB /  59.70(s) =     8.24Gb/s       62863op/s"
  'cloud-bulldozer__benchmark-operator__docs-uperf-md-2019_tcp-stream-16384B-2i_nonraw_trimmed.txt': {
    source: 'progress', txn: 'Txn2', startMs: null, endMs: null, seconds: 59.7, bytes: (8.24e9 * 59.7) / 8, ops: 62863 * 59.7, opsPerTxn: null,
  },
};

describe('uperf output: every corpus file', () => {
  const files = readdirSync(OUTPUTS);
  it('has an expectation for every file in outputs/', () => {
    assert.deepEqual([...files].sort(), Object.keys(EXPECTED).sort());
  });
  for (const file of files) {
    it(file, () => {
      const expected = EXPECTED[file];
      const window = measurementWindow(parseUperfOutput(read(join(OUTPUTS, file))));
      assert.ok(window, 'a window');
      assert.equal(window.source, expected.source);
      assert.equal(window.txn, expected.txn);
      assert.equal(window.startMs, expected.startMs);
      assert.equal(window.endMs, expected.endMs);
      close(window.seconds, expected.seconds, 1e-12, 'seconds');
      close(window.bytes, expected.bytes, 1e-12, 'bytes');
      close(window.ops, expected.ops, 1e-12, 'ops');
      assert.equal(window.opsPerTxn, expected.opsPerTxn);
    });
  }
});

describe('uperf output: tables and rows', () => {
  it('reads the -a tables and Run Statistics of the pbench rr sample', () => {
    const out = parseUperfOutput(read(join(OUTPUTS, 'distributed-system-analysis__pbench__uperf-0_tcp-rr-64B-1i_port21000_client_output.txt')));
    assert.equal(out.profile, 'tcp-rr-64b-1i');
    assert.equal(out.strands, 1);
    // "Txn1 647863 92.64us 0.00ns 8.14ms 85.82us"
    const row = out.txnTable[1];
    assert.equal(row.name, 'Txn1');
    assert.equal(row.count, 647863);
    close(row.avgUs, 92.64);
    close(row.maxUs, 8.14 * 1000);
    close(row.minUs, 85.82);
    assert.deepEqual(out.flowopTable.map((r) => r.name), ['connect', 'write', 'read', 'disconnect']);
    const master = masterRow(out);
    // "master 62.36s 79.08MB 10.64Mb/s 1295728 0.00"
    assert.ok(master);
    close(master.seconds, 62.36);
    close(master.bytes ?? 0, 79.08 * 1024 * 1024);
    close(master.bitsPerSec ?? 0, 10.64e6);
    assert.equal(master.operations, 1295728);
    assert.equal(out.difference?.length, 5);
  });

  it('takes threads + processes from the Starting line', () => {
    const out = parseUperfOutput(read(join(OUTPUTS, 'uperf-1.0.8-c93e902__local-loopback__mixed-2groups-nprocs__default-flags.txt')));
    assert.equal(out.strands, 3); // "Starting 1 threads, 2 processes"
    assert.equal(out.runStats.length, 4); // two slaves, Total, master
  });

  it('anchors Run Statistics rows at the end (glued info text) and reads -nan%', () => {
    const text = [
      'Run Statistics',
      'Hostname            Time       Data   Throughput   Operations      Errors',
      '-------------------------------------------------------------------------------',
      '[172.29.16.62] Success172.29.16.62      62.05s    57.26GB     7.96Gb/s      3752501        0.00',
      'master            61.80s    57.26GB     7.96Gb/s      3752900        0.00',
      '-------------------------------------------------------------------------------',
      'Difference(%)     -nan%      0.01%        -0.01%        0.01%       0.00%',
    ].join('\n');
    const out = parseUperfOutput(text);
    assert.equal(out.runStats.length, 2);
    assert.equal(out.runStats[0].host, 'Success172.29.16.62');
    assert.equal(out.runStats[0].operations, 3752501);
    assert.ok(Number.isNaN(out.difference?.[0]));
    assert.deepEqual(out.difference?.slice(1), [0.01, -0.01, 0.01, 0]);
    // Fallback window from the master row: bytes = 7.96e9 * 61.80 / 8, ops = 3752900
    const window = measurementWindow(out);
    assert.equal(window?.source, 'runstats');
    close(window?.bytes, (7.96e9 * 61.8) / 8);
    assert.equal(window?.ops, 3752900);
  });

  it('splits \\r redraws and keeps the last record of each transaction', () => {
    const pad = `\r${' '.repeat(79)}\r`;
    const text = `Starting 4 threads running profile:x ...   0.00 seconds\n${pad}Txn2   0 /   0.00(s) =   0   0op/s ${pad}` +
      `Txn2   1000.00 /   1.00(s) =   8.39Gb/s   100op/s ${pad}Txn2   1.95G /   2.00(s) =   8.40Gb/s   120op/s \n`;
    const window = measurementWindow(parseUperfOutput(text));
    assert.equal(window?.source, 'progress');
    close(window?.seconds, 2);
    close(window?.bytes, (8.4e9 * 2) / 8); // rate × seconds, not the truncated "1.95G"
    close(window?.ops, 240);
    assert.equal(window?.strands, 4);
  });

  it('handles CRLF raw output (TTY capture)', () => {
    const text = 'timestamp_ms:1000.0 name:Txn1 nr_bytes:0 nr_ops:0\r\ntimestamp_ms:2000.0 name:Txn1 nr_bytes:0 nr_ops:1\r\n' +
      'timestamp_ms:2000.5 name:Txn2 nr_bytes:0 nr_ops:0\r\ntimestamp_ms:7000.5 name:Txn2 nr_bytes:5000000 nr_ops:1000\r\n';
    const window = measurementWindow(parseUperfOutput(text));
    assert.equal(window?.txn, 'Txn2');
    close(window?.seconds, 5);
    assert.equal(window?.bytes, 5000000);
  });

  it('collects uperf warnings and error lines', () => {
    const out = parseUperfOutput('** [127.0.0.1] 39 Errors  Error for flowop\nWARNING: 39 Errors detected during run\n');
    assert.equal(out.warnings.length, 2);
  });
});

describe('uperf number tokens', () => {
  it('parses sizes with binary steps, truncated units and bare numbers', () => {
    assert.equal(parseSize('0'), 0);
    assert.equal(parseSize('288.00B'), 288);
    assert.equal(parseSize('97.62MB'), 97.62 * 1024 ** 2);
    assert.equal(parseSize('100.10M'), 100.1 * 1024 ** 2);
    assert.equal(parseSize('1000.00'), 1000);
    assert.equal(parseSize('abc'), null);
  });
  it('parses bit rates with decimal steps, times and percentages', () => {
    assert.equal(parseBitRate('10.30Gb/s'), 10.3e9);
    assert.equal(parseBitRate('742.26b/s'), 742.26);
    assert.equal(parseBitRate('0'), 0);
    assert.equal(parseBitRate('12'), null);
    close(parseTimeUs('701.00ns'), 0.701);
    assert.equal(parseTimeUs('5.05s'), 5.05e6);
    assert.equal(parsePercent('-0.01%'), -0.01);
    assert.ok(Number.isNaN(parsePercent('-nan%')));
  });
});
