import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verifiedKernelKey } from '../../../server/src/languages/sysctl/kernelKeys';
import { SYSCTL_KEYS } from '../../../server/src/languages/sysctl/keyTable';
import { changedByKernel, META, RECORDS, verdictOf } from './kernelTruth';

describe(`kvmtune agrees with Linux ${META.kernel} / procps-ng ${META.procps} (test/fixtures/sysctl/kernel-truth)`, () => {
  it('the table covers every class with at least 500 lines', () => {
    assert.ok(RECORDS.length >= 500, `${RECORDS.length} lines`);
    const classes = new Set(RECORDS.map((r) => r.class));
    for (const cls of ['unknown-key', 'key-shape', 'limits', 'text', 'number', 'vector-comment', 'cross-key', 'trailing', 'changed', 'boolean', 'dash-prefix', 'accepted', 'empty']) {
      assert.ok(classes.has(cls), cls);
    }
  });

  for (const cls of [...new Set(RECORDS.map((r) => r.class))]) {
    it(`${cls}: an error exactly where the kernel or procps rejects the line`, () => {
      const wrong = RECORDS.filter((r) => r.class === cls).flatMap((record) => {
        const { errors } = verdictOf(record);
        const rejected = record.rc !== 0;
        if (rejected === errors.length > 0) return [];
        return [`${record.line}  (kernel: ${rejected ? record.message : 'accepted'}; kvmtune: ${errors.join(' | ') || 'no error'})`];
      });
      assert.deepEqual(wrong, []);
    });
  }

  it('accepted lines the kernel reads only partly, or holds differently, get a warning', () => {
    const silent = RECORDS.filter((r) => (r.rc === 0 && r.class === 'trailing') || changedByKernel(r))
      .filter((record) => verdictOf(record).warnings.length === 0)
      .map((r) => `${r.line} (kernel holds ${r.after})`);
    assert.deepEqual(silent, []);
  });
});

describe('the hand-written key table agrees with the kernel section measured on Linux', () => {
  it('every bound keys.json gives for a network-namespace key is the one the kernel enforced', () => {
    const disagreements = SYSCTL_KEYS.flatMap((info) => {
      const kernel = verifiedKernelKey(info.key);
      if (!kernel) return [];
      return (['min', 'max'] as const)
        .filter((bound) => info[bound] !== undefined && String(info[bound]) !== String(kernel[bound]))
        .map((bound) => `${info.key} ${bound}: keys.json ${info[bound]}, kernel ${kernel[bound] ?? '(type bound only)'}`);
    });
    assert.deepEqual(disagreements, []);
  });
});
