import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { severityName } from '../../../server/src/service/diagnostics';
import { lint } from './lint';

const DIR = join(__dirname, '..', '..', 'fixtures', 'sysctl', 'kernel-truth');

/** One line applied alone with `sysctl -p` in a fresh network namespace (scripts/kernel-truth/run.ts). */
export interface TruthRecord {
  class: string;
  line: string;
  target?: string;
  rc: number;
  message: string;
  before?: string;
  after?: string;
}

export const RECORDS: TruthRecord[] = readFileSync(join(DIR, 'cases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as TruthRecord);
export const META = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8')) as { kernel: string; procps: string };
const KERNEL = META.kernel.split('.').slice(0, 2).join('.');

/** What the kernel was asked to hold: the value's words, blank-separated. */
function written(line: string): string {
  return line.slice(line.indexOf('=') + 1).trim().split(/\s+/).join(' ');
}

export function verdictOf(record: TruthRecord): { errors: string[]; warnings: string[] } {
  const found = lint(`${record.line}\n`, { kernel: KERNEL });
  const pick = (severity: string) => found.filter((d) => severityName(d.severity) === severity).map((d) => `${String(d.code)}: ${d.message}`);
  return { errors: pick('error'), warnings: pick('warning') };
}

/** Accepted lines after which the kernel holds something else than what was written. */
export function changedByKernel(record: TruthRecord): boolean {
  return record.rc === 0 && (record.class === 'changed' || record.class === 'boolean') && record.after !== undefined && record.after !== written(record.line);
}

