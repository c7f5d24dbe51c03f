import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSysctlText } from '../../../server/src/languages/sysctl/parser';
import { parseTuned } from '../../../server/src/languages/tuned/parser';
import { sysctlKeyOf } from '../../../server/src/languages/tuned/sysctlKey';
import { tunedSysctlSettings } from '../../../server/src/languages/tuned/sysctlSettings';
import { compact, lintTuned, settingsWith, tunedDoc } from './lint';

const PROFILE = '[variables]\nmtu=9000\n[sysctl]\nnet.core.rmem_max = ">4096"\nnet/ipv4/tcp_sack = 1\nkernel.x = ${mtu}\n-net.a.b = 1\n[sysctl_b]\ntype=sysctl\nnet.ipv4.tcp_rmem=4096 87380 x#y\n';

describe('tuned passes kept per profile and settings', () => {
  it('reads a [sysctl] name as sysctl reads name=0, asked once or many times', () => {
    for (const name of ['net.core.rmem_max', 'net/ipv4/tcp_sack', '-net.a.b', 'kernel.*', '', '=', 'a b', 'net.ipv4.conf.eth0/100.forwarding']) {
      const expected = parseSysctlText(`${name}=0`).assignments[0]?.key;
      assert.deepEqual(sysctlKeyOf(name), expected, name);
      assert.deepEqual(sysctlKeyOf(name), expected, `${name} again`);
    }
  });

  it('gives the settings of a fresh parse, also when the settings change in between', () => {
    const parsed = parseTuned(tunedDoc(PROFILE));
    const paper = settingsWith();
    const old = settingsWith({ tunedVersion: '2.18' });
    const first = tunedSysctlSettings(parsed, paper);
    assert.equal(tunedSysctlSettings(parsed, paper), first);
    assert.deepEqual(tunedSysctlSettings(parsed, old), tunedSysctlSettings(parseTuned(tunedDoc(PROFILE)), old));
    assert.deepEqual(tunedSysctlSettings(parsed, paper), tunedSysctlSettings(parseTuned(tunedDoc(PROFILE)), paper));
  });

  it('lints the same after other settings were used on the same parse', () => {
    const fresh = compact(lintTuned(PROFILE));
    lintTuned(PROFILE, settingsWith({ tunedVersion: '2.18' }));
    assert.deepEqual(compact(lintTuned(PROFILE)), fresh);
  });
});
