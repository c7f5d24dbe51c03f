// The fuzz suite with a small count (`npm run fuzz -- --long` runs 100,000 inputs per target), and
// every saved regression input. Heavy nasty inputs (20 MB, 10 MB line, 1M lines) run in `npm run fuzz`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from '../fuzz/fuzz';

describe('fuzz (small count)', () => {
  it('every checked language, CLI detection and the results parsers keep their properties', async () => {
    const results = await runFuzz({ runs: 40, seed: 20261201, heavy: false, record: false });
    const failed = results.filter((r) => r.failure).map((r) => `${r.target}: ${r.failure}`);
    assert.deepEqual(failed, []);
    assert.ok(results.every((r) => r.inputs > 0 || r.target.endsWith('-regressions')), JSON.stringify(results));
  });
});
