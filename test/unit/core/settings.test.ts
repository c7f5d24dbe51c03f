import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeSettings, parseKernelVersion, targetsKernelAtLeast } from '../../../server/src/service/settings';

describe('settings', () => {
  it('keeps valid values and drops malformed ones', () => {
    assert.deepEqual(
      normalizeSettings({ rules: { 'a-b': 'off', c: 'loud', d: 3 }, validate: { run: 'onSave' }, kernel: '5.14', environment: 'production' }),
      { rules: { 'a-b': 'off' }, validateRun: 'onSave', kernel: '5.14', environment: 'production', platform: '', workload: '', topology: '', tunedVersion: '', uperfProtocols: [] },
    );
    assert.deepEqual(normalizeSettings(null), { rules: {}, validateRun: 'onType', kernel: '', environment: 'lab', platform: '', workload: '', topology: '', tunedVersion: '', uperfProtocols: [] });
    assert.equal(normalizeSettings({ kernel: 'latest' }).kernel, '');
  });

  it('reads the target settings of every language and drops what they cannot be', () => {
    const raw = { platform: 's390x', workload: 'transactional', topology: 'multi-host', tuned: { version: '2.20' }, uperf: { protocols: ['sctp', 'ssl', 'sctp', 7, 'not a protocol'] } };
    const read = normalizeSettings(raw);
    assert.deepEqual([read.platform, read.workload, read.topology, read.tunedVersion, read.uperfProtocols], ['s390x', 'transactional', 'multi-host', '2.20', ['sctp', 'ssl']]);
    const bad = normalizeSettings({ platform: 'IBM Z!', workload: 'bulk', topology: 'mesh', tuned: { version: 'latest' }, uperf: { protocols: 'sctp' } });
    assert.deepEqual([bad.platform, bad.workload, bad.topology, bad.tunedVersion, bad.uperfProtocols], ['', '', '', '', []]);
  });

  it('compares kernel versions numerically', () => {
    assert.deepEqual(parseKernelVersion('4.18.0-553.el8'), { major: 4, minor: 18 });
    const at = (kernel: string, version: string) => targetsKernelAtLeast(normalizeSettings({ kernel }), version);
    assert.equal(at('4.18', '4.14'), true);
    assert.equal(at('4.9', '4.14'), false);
    assert.equal(at('6.16', '6.16'), true);
    assert.equal(at('', '4.14'), false);
  });
});
