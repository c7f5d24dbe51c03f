import { strandCount, type UperfFlowop, type UperfGroup, type UperfProfile, type UperfTransaction } from './model';
import { parseSize, stringToInt } from './numbers';

/*
 * The paper's five workload types and its test names: request-response `rr1c-<req>x<resp>--<users>`
 * (1x1, 200x1000, 1000x30k) and streaming `str-<read|write>x30k--<users>`, users being the
 * concurrent processes of the group, 1, 10, 50 or 250 in its 20-test matrix.
 */

export interface PaperWorkload {
  id: string;
  kind: 'rr' | 'str';
  request: number;
  response: number;
  direction?: 'read' | 'write';
  summary: string;
}

export const PAPER_WORKLOADS: readonly PaperWorkload[] = [
  { id: 'rr-1x1', kind: 'rr', request: 1, response: 1, summary: 'small-packet, high-transaction-rate request-response (1-byte request, 1-byte response)' },
  { id: 'rr-200x1000', kind: 'rr', request: 200, response: 1000, summary: 'nominal request-response (200-byte request, 1000-byte response)' },
  { id: 'rr-1000x30k', kind: 'rr', request: 1000, response: 30720, summary: 'large-payload request-response (1000-byte request, 30 KiB response)' },
  { id: 'str-read', kind: 'str', request: 30720, response: 30720, direction: 'read', summary: 'streaming read, 30 KiB payloads' },
  { id: 'str-write', kind: 'str', request: 30720, response: 30720, direction: 'write', summary: 'streaming write, 30 KiB payloads' },
];

export const PAPER_USERS = [1, 10, 50, 250] as const;
export const PAPER_DURATION_SECONDS = 300;

export interface Shape {
  kind: 'rr' | 'str';
  request: number;
  response: number;
  direction?: 'read' | 'write';
  users: number | undefined;
  transaction: UperfTransaction;
}

function fixedSize(flowop: UperfFlowop): number | undefined {
  let size: number | undefined;
  for (const option of flowop.options) {
    if (option.key !== 'size' || option.value === undefined || option.envVar !== undefined) continue;
    const parsed = parseSize(option.value);
    size = parsed.ok && 'fixed' in parsed ? parsed.fixed : undefined;
  }
  return size;
}

function usersOf(group: UperfGroup): number | undefined {
  const count = strandCount(group);
  if (!count || count.envVar !== undefined) return undefined;
  const parsed = stringToInt(count.value);
  return parsed.ok ? parsed.value : undefined;
}

function measuredTransaction(group: UperfGroup): UperfTransaction | undefined {
  return group.transactions.find((t) => t.duration) ?? group.transactions.find((t) => t.flowops.some((f) => f.typeName === 'read' || f.typeName === 'write'));
}

/** Writes and reads in the measured transaction, whatever their sizes (rand() included). */
export function isRequestResponse(group: UperfGroup): boolean {
  const flowops = measuredTransaction(group)?.flowops ?? [];
  return flowops.some((f) => f.typeName === 'write' || f.typeName === 'send') && flowops.some((f) => f.typeName === 'read' || f.typeName === 'recv');
}

/** The shape of the group's measured transaction: write+read pairs (RR) or one direction only (STR). */
export function shapeOf(group: UperfGroup): Shape | undefined {
  const measured = measuredTransaction(group);
  if (!measured) return undefined;
  const writes = measured.flowops.filter((f) => f.typeName === 'write' || f.typeName === 'send');
  const reads = measured.flowops.filter((f) => f.typeName === 'read' || f.typeName === 'recv');
  const users = usersOf(group);
  if (writes.length > 0 && reads.length > 0) {
    const request = fixedSize(writes[0]);
    const response = fixedSize(reads[0]);
    if (request === undefined || response === undefined) return undefined;
    return { kind: 'rr', request, response, users, transaction: measured };
  }
  const only = writes[0] ?? reads[0];
  const size = only ? fixedSize(only) : undefined;
  if (size === undefined) return undefined;
  return { kind: 'str', request: size, response: size, direction: writes.length > 0 ? 'write' : 'read', users, transaction: measured };
}

export function paperWorkloadOf(shape: Shape): PaperWorkload | undefined {
  return PAPER_WORKLOADS.find((w) => w.kind === shape.kind && w.request === shape.request && w.response === shape.response && w.direction === shape.direction);
}

/** Sizes as the paper writes them in test names: 30720 → 30k. */
export function paperSize(bytes: number): string {
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024}k` : String(bytes);
}

export function paperTestName(shape: Pick<Shape, 'kind' | 'request' | 'response' | 'direction'>, users: number): string {
  return shape.kind === 'rr'
    ? `rr1c-${paperSize(shape.request)}x${paperSize(shape.response)}--${users}`
    : `str-${shape.direction}x${paperSize(shape.request)}--${users}`;
}

export interface ParsedTestName { kind: 'rr' | 'str'; request: number; response: number; direction?: 'read' | 'write'; users: number }

function sizeFromName(text: string): number {
  return /k$/i.test(text) ? Number(text.slice(0, -1)) * 1024 : Number(text);
}

/** `rr1c-200x1000--10`, `str-readx30k--50` (case-insensitive, as the paper also writes RR/STR). */
export function parseTestName(name: string): ParsedTestName | undefined {
  const rr = /^rr1c-(\d+k?)x(\d+k?)--(\d+)$/i.exec(name);
  if (rr) return { kind: 'rr', request: sizeFromName(rr[1]), response: sizeFromName(rr[2]), users: Number(rr[3]) };
  const str = /^str-(read|write)x(\d+k?)--(\d+)$/i.exec(name);
  if (str) {
    const size = sizeFromName(str[2]);
    return { kind: 'str', request: size, response: size, direction: str[1].toLowerCase() as 'read' | 'write', users: Number(str[3]) };
  }
  return undefined;
}

export function mainShape(profile: UperfProfile): Shape | undefined {
  for (const group of profile.groups) {
    const shape = shapeOf(group);
    if (shape) return shape;
  }
  return undefined;
}
