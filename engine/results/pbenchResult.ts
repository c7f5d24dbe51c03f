/**
 * pbench `result.json` reader: a sample-level or iteration-level
 * object, or the run-level array of {iteration_name, iteration_data}. Per sample:
 *   throughput = aggregate trans_sec (rr) or Gb_sec · 125 = MB/s (stream, maerts, bidirec)
 *   latency    = aggregate usec
 *   MB/s moved = Gb_sec · 125, or for rr trans_sec · 2 · message_size_bytes / 1e6
 *   cpuClient / cpuServer = Σ cpu_busy[role=client|server] (CPUs) / MB/s  (CPU-s per MB)
 */
import { throughputUnit, type SampleResult } from './run';
import type { TestId } from './testName';

export class PbenchFormatError extends Error {}

export interface PbenchTest {
  id: TestId;
  samples: SampleResult[];
}

interface Series {
  role?: string;
  client_hostname?: string;
  value?: number;
  samples?: Array<{ value?: number }>;
}

type Tree = Record<string, Record<string, Series[]> | unknown>;

export function parsePbenchResult(text: string, file: string): PbenchTest[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new PbenchFormatError('it is not valid JSON');
  }
  if (Array.isArray(doc)) {
    return doc.map((entry: { iteration_name?: unknown; iteration_data?: unknown }) => {
      if (!entry || typeof entry.iteration_data !== 'object' || entry.iteration_data === null) {
        throw new PbenchFormatError('run-level result.json entry without iteration_data');
      }
      const name = typeof entry.iteration_name === 'string' ? entry.iteration_name.replace(/^\d+-/, '') : undefined;
      return readIteration(entry.iteration_data as Tree, file, name);
    });
  }
  if (doc && typeof doc === 'object') return [readIteration(doc as Tree, file, undefined)];
  throw new PbenchFormatError('not a pbench result (expected an object or an array)');
}

function readIteration(tree: Tree, file: string, givenName: string | undefined): PbenchTest {
  const bench = (tree.parameters as { benchmark?: Array<Record<string, unknown>> } | undefined)?.benchmark?.[0];
  if (!bench || bench.benchmark_name !== 'uperf') throw new PbenchFormatError('not a pbench uperf result (parameters.benchmark[0].benchmark_name != "uperf")');
  const testType = String(bench.test_type ?? '');
  const size = Number(bench.message_size_bytes);
  const instances = Number(bench.instances);
  const name = givenName ?? `${String(bench.protocol ?? 'tcp')}_${testType}-${size}B-${instances}i`;
  const rr = testType === 'rr';
  const id: TestId = {
    name,
    category: rr ? 'rr' : /^(stream|maerts|bidirec)$/.test(testType) ? 'str' : 'other',
    users: Number.isFinite(instances) ? instances : null,
    paper: false,
    bytesPerTxn: rr && Number.isFinite(size) ? 2 * size : null,
    workload: name,
  };
  const thrSeries = aggregate(series(tree, 'throughput', rr ? 'trans_sec' : 'Gb_sec'));
  if (!thrSeries) throw new PbenchFormatError(`no throughput.${rr ? 'trans_sec' : 'Gb_sec'} series`);
  const thr = values(thrSeries);
  const lat = values(aggregate(series(tree, 'latency', 'usec')));
  const cpuSeries = series(tree, 'resource', 'cpu_busy');
  const cpuOf = (role: string): Array<number | null> => sumByIndex(cpuSeries.filter((s) => s.role === role).map(values), thr.length);
  const cpuClient = cpuOf('client');
  const cpuServer = cpuOf('server');
  const samples = thr.map((t, i): SampleResult => {
    const mbPerSec = t === null ? null : rr ? (t * 2 * size) / 1e6 : t * 125;
    const perMb = (cpu: number | null): number | null => (cpu === null || !mbPerSec ? null : cpu / mbPerSec);
    return {
      sample: String(i + 1),
      file,
      values: { throughput: rr ? t : mbPerSec, latency: lat[i] ?? null, cpuClient: perMb(cpuClient[i]), cpuServer: perMb(cpuServer[i]) },
      throughputUnit: throughputUnit(id.category),
    };
  });
  return { id, samples };
}

function series(tree: Tree, group: string, metric: string): Series[] {
  const list = (tree[group] as Record<string, unknown> | undefined)?.[metric];
  return Array.isArray(list) ? (list as Series[]) : [];
}

function aggregate(list: Series[]): Series | undefined {
  return list.find((s) => s.role === 'aggregate' || s.client_hostname === 'all') ?? list[0];
}

/** Per-sample values: `samples[].value` (iteration level) or the single `value` (sample level). */
function values(s: Series | undefined): Array<number | null> {
  if (!s) return [];
  if (Array.isArray(s.samples)) return s.samples.map((x) => (typeof x?.value === 'number' ? x.value : null));
  return [typeof s.value === 'number' ? s.value : null];
}

function sumByIndex(lists: Array<Array<number | null>>, length: number): Array<number | null> {
  if (lists.length === 0) return new Array<number | null>(length).fill(null);
  return Array.from({ length }, (_, i) => {
    let sum = 0;
    for (const list of lists) {
      const v = list[i] ?? (list.length === 1 ? list[0] : null);
      if (v === null || v === undefined) return null;
      sum += v;
    }
    return sum;
  });
}
