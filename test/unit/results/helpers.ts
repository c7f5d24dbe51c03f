import assert from 'node:assert/strict';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'uperf');

/** Relative closeness (absolute for expected 0). */
export function close(actual: number | null | undefined, expected: number, rel = 1e-9, message?: string): void {
  assert.ok(typeof actual === 'number' && Number.isFinite(actual), `${message ?? 'value'}: expected a number, got ${actual}`);
  const tolerance = Math.abs(expected) * rel || rel;
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message ?? 'value'}: ${actual} is not within ${tolerance} of ${expected}`);
}
