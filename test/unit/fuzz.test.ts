// The fuzz suite with a small count (`npm run fuzz -- --long` runs 100,000 inputs per target), and
// every saved regression input. Heavy nasty inputs (20 MB, 10 MB line, 1M lines) run in `npm run fuzz`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from '../fuzz/fuzz';
import { isFixPropertyFailure, KNOWN_FIX_FAILURES } from '../fuzz/known';

describe('fuzz (small count)', () => {
  it('every checked language, CLI detection and the results parsers keep their properties', async () => {
    const results = await runFuzz({ runs: 15, seed: 20261201, heavy: false, record: false });
    const tolerated = (target: string, failure: string) =>
      Object.keys(KNOWN_FIX_FAILURES).some((id) => target.startsWith(`${id}-`)) && isFixPropertyFailure(failure);
    const failed = results.filter((r) => r.failure && !tolerated(r.target, r.failure)).map((r) => `${r.target}: ${r.failure}`);
    assert.deepEqual(failed, []);
    assert.ok(results.every((r) => r.inputs > 0 || r.target.endsWith('-regressions')), JSON.stringify(results));
  });
});
