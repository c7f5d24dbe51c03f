/**
 * uperf client stdout parser (uperf 1.0.x, any of `-R`, `-a`, default). Pure: takes the file text.
 * Grammar: uperf's `-R` raw lines, `-a` and default tables (examples in test/fixtures/uperf/outputs). Lines are split on `\r` as well as `\n`
 * because non-TTY captures hold many `\r`-redrawn progress records in one physical line.
 */
import { parseBitRate, parsePercent, parseSize, parseTimeUs } from './units';

/** One raw `timestamp_ms:` line: cumulative counters since the start of its transaction. */
export interface RawPoint {
  tMs: number;
  bytes: number;
  ops: number;
}

/** One non-raw progress/summary record: `Txn2  33.29MB /  1.00(s) =  278.94Mb/s  544806op/s`. */
export interface ProgressRecord {
  /** Size token as bytes; null when truncated beyond recognition. */
  bytes: number | null;
  seconds: number;
  bitsPerSec: number;
  opsPerSec: number;
}

/** A row of the Txn or Flowop table (`-a`/`-t`/`-f`); times in microseconds. */
export interface TableRow {
  name: string;
  count: number;
  avgUs: number;
  maxUs: number;
  minUs: number;
}

/** A row of Run Statistics (one per slave, optional `Total`, then `master`). */
export interface RunStatRow {
  host: string;
  seconds: number;
  bytes: number | null;
  bitsPerSec: number | null;
  operations: number;
  errors: number;
}

export interface UperfOutput {
  profile: string | null;
  /** threads + processes from the `Starting ...` line. */
  strands: number | null;
  /** Raw lines per label (`Txn1`, `Total`, `Group0`, `Thr0`...), in file order. */
  raw: Map<string, RawPoint[]>;
  /** Non-raw records per label, in file order. */
  progress: Map<string, ProgressRecord[]>;
  txnTable: TableRow[];
  flowopTable: TableRow[];
  runStats: RunStatRow[];
  /** The five `Difference(%)` cells (NaN for `-nan%`), or null when absent. */
  difference: number[] | null;
  /** uperf's own warning and error lines (`** ...`, `WARNING: <n> Errors detected during run`). */
  warnings: string[];
}

const START_RE = /^Starting (\d+) (?:threads|processes)(?:, (\d+) processes)? running profile:(\S+) \.\.\./;
const RAW_RE = /^timestamp_ms:(\d+(?:\.\d+)?)\s+name:(\S+)\s+nr_bytes:(\d+)\s+nr_ops:(\d+)\s*$/;
const PROGRESS_RE = /^(\S+)\s+(0|[\d.]+[KMGTPEZ]?B?)\s*\/\s*([\d.]+)\(s\)\s*=\s*(0|[\d.]+[KMGTPEZ]?b\/s)\s+(\d+)op\/s\s*$/;
const TIME = '[\\d.]+(?:ns|us|ms|s)';
const TABLE_ROW_RE = new RegExp(`^(\\S+)\\s+(\\d+)\\s+(${TIME})\\s+(${TIME})\\s+(${TIME})\\s+(${TIME})\\s*$`);
const TIME_TOKEN = new RegExp(`^${TIME}$`);
const SIZE_TOKEN = /^(0|[\d.]+[KMGTPEZ]?B?)$/;
const RATE_TOKEN = /^(0|[\d.]+[KMGTPEZ]?b\/s)$/;
const ERRORS_TOKEN = /^(-?[\d.]+|-?nan|-?inf)$/i;

type Section = 'none' | 'txn' | 'flowop' | 'runstats';

export function parseUperfOutput(text: string): UperfOutput {
  const out: UperfOutput = {
    profile: null,
    strands: null,
    raw: new Map(),
    progress: new Map(),
    txnTable: [],
    flowopTable: [],
    runStats: [],
    difference: null,
    warnings: [],
  };
  let section: Section = 'none';
  for (const physical of text.split(/[\r\n]/)) {
    const line = physical.trim();
    if (line === '') {
      if (section === 'txn' || section === 'flowop') section = 'none';
      continue;
    }
    if (/^-+$/.test(line)) continue;
    section = readLine(line, section, out);
  }
  return out;
}

function readLine(line: string, section: Section, out: UperfOutput): Section {
  const raw = RAW_RE.exec(line);
  if (raw) {
    push(out.raw, raw[2], { tMs: Number(raw[1]), bytes: Number(raw[3]), ops: Number(raw[4]) });
    return section;
  }
  const start = START_RE.exec(line);
  if (start) {
    out.strands = Number(start[1]) + (start[2] ? Number(start[2]) : 0);
    out.profile = start[3];
    return section;
  }
  if (/^Txn\s+Count\s+avg/.test(line)) return 'txn';
  if (/^Flowop\s+Count\s+avg/.test(line)) return 'flowop';
  if (/^Run Statistics/.test(line)) return 'runstats';
  if (line.startsWith('**') || /^WARNING:/i.test(line)) {
    out.warnings.push(line);
    return section;
  }
  if (section === 'txn' || section === 'flowop') {
    const row = tableRow(line);
    if (row) (section === 'txn' ? out.txnTable : out.flowopTable).push(row);
    return section;
  }
  if (section === 'runstats') {
    readRunStatLine(line, out);
    return section;
  }
  const progress = progressRecord(line);
  if (progress) push(out.progress, progress.name, progress.record);
  return section;
}

function tableRow(line: string): TableRow | null {
  const m = TABLE_ROW_RE.exec(line);
  if (!m) return null;
  return {
    name: m[1],
    count: Number(m[2]),
    avgUs: parseTimeUs(m[3]) ?? Number.NaN,
    maxUs: parseTimeUs(m[5]) ?? Number.NaN,
    minUs: parseTimeUs(m[6]) ?? Number.NaN,
  };
}

function readRunStatLine(line: string, out: UperfOutput): void {
  if (line.startsWith('Difference(%)')) {
    const cells = line.slice('Difference(%)'.length).trim().split(/\s+/).map(parsePercent);
    out.difference = cells.map((c) => c ?? Number.NaN);
    return;
  }
  const cells = runStatCells(line);
  if (!cells || cells[0] === 'Hostname') return;
  out.runStats.push({
    host: cells[0],
    seconds: (parseTimeUs(cells[1]) ?? Number.NaN) / 1e6,
    bytes: parseSize(cells[2]),
    bitsPerSec: parseBitRate(cells[3]),
    operations: Number(cells[4]),
    errors: Number(cells[5]),
  });
}

/**
 * The last six blank-separated cells of a Run Statistics row (host, time, data, throughput,
 * operations, errors). Read from the end because info text can be glued in front of a slave row
 * ("[1.2.3.4] Success1.2.3.4  62.05s ..."); token checks instead of one regex keep a line of any
 * length linear.
 */
function runStatCells(line: string): string[] | null {
  const tokens = line.split(/\s+/);
  if (tokens.length < 6) return null;
  const cells = tokens.slice(-6);
  const [, time, size, rate, operations, errors] = cells;
  const ok = TIME_TOKEN.test(time) && SIZE_TOKEN.test(size) && RATE_TOKEN.test(rate) && /^\d+$/.test(operations) && ERRORS_TOKEN.test(errors);
  return ok ? cells : null;
}

function progressRecord(line: string): { name: string; record: ProgressRecord } | null {
  const m = PROGRESS_RE.exec(line);
  if (!m) return null;
  const bits = parseBitRate(m[4]);
  if (bits === null) return null;
  return {
    name: m[1],
    record: { bytes: parseSize(m[2]), seconds: Number(m[3]), bitsPerSec: bits, opsPerSec: Number(m[5]) },
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The `master` row of Run Statistics (the host cell may carry glued text in front). */
export function masterRow(out: UperfOutput): RunStatRow | null {
  return out.runStats.find((r) => r.host === 'master' || r.host.endsWith('master')) ?? null;
}

/** True when the text looks like uperf client output at all. */
export function looksLikeUperf(out: UperfOutput): boolean {
  return out.raw.size > 0 || out.progress.size > 0 || out.runStats.length > 0 || out.txnTable.length > 0;
}
