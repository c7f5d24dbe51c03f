import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSysctlText } from '../../../server/src/languages/sysctl/parser';
import { parseTuned } from '../../../server/src/languages/tuned/parser';
import { lookupKey } from '../../../server/src/languages/sysctl/keyTable';
import { sysctlInfoOf, sysctlKeyOf } from '../../../server/src/languages/tuned/sysctlKey';
import { compareVersions } from '../../../server/src/languages/tuned/version';
import { findPluginOption, PLUGINS } from '../../../server/src/languages/tuned/table';
import { tunedSysctlSettings } from '../../../server/src/languages/tuned/sysctlSettings';
import { compact, lintTuned, settingsWith, tunedDoc } from './lint';

const PROFILE = '[variables]\nmtu=9000\n[sysctl]\nnet.core.rmem_max = ">4096"\nnet/ipv4/tcp_sack = 1\nkernel.x = ${mtu}\n-net.a.b = 1\n[sysctl_b]\ntype=sysctl\nnet.ipv4.tcp_rmem=4096 87380 x#y\n';

describe('tuned passes kept per profile and settings', () => {
  it('reads a [sysctl] name as sysctl reads name=0, asked once or many times', () => {
    for (const name of ['net.core.rmem_max', 'net/ipv4/tcp_sack', '-net.a.b', 'kernel.*', '', '=', 'a b', 'net.ipv4.conf.eth0/100.forwarding']) {
      const expected = parseSysctlText(`${name}=0`).assignments[0]?.key;
      assert.deepEqual(sysctlKeyOf(name), expected, name);
      assert.deepEqual(sysctlKeyOf(name), expected, `${name} again`);
      assert.equal(sysctlInfoOf(name), expected ? lookupKey(expected.components) : undefined, `${name} in the table`);
    }
  });

  it('compares releases the same the first time and later', () => {
    const pairs: [string, string, number][] = [['2.28', '2.20', 1], ['2.9', '2.10', -1], ['2.20', '2.20.0', 0], ['', '2.1', -1], ['x', '0', 0]];
    for (let round = 0; round < 2; round++) for (const [a, b, sign] of pairs) assert.equal(Math.sign(compareVersions(a, b)), sign, `${a} vs ${b}`);
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

  it('judges [sysctl] keys the same on the first validation and on later ones (keys kept per name)', () => {
    const text = '[sysctl]\nnet/ipv4/tcp_sack = 1\nnet.ipv4.conf.eth0/100.forwarding = 1\nnet.core.rmem_mx = 1\nnet.core.txqueuelen = 5\nkernel.sched_x = 1\n';
    const first = lintTuned(text);
    assert.ok(first.some((f) => f.ruleId === 'sysctl-unknown-key'));
    for (let round = 0; round < 2; round++) assert.deepEqual(lintTuned(text), first);
  });

  it('finds each plugin option by name as a scan of the plugin table does', () => {
    for (const plugin of PLUGINS) {
      for (const option of plugin.options) assert.equal(findPluginOption(plugin, option.name), plugin.options.find((o) => o.name === option.name), `${plugin.name} ${option.name}`);
      assert.equal(findPluginOption(plugin, 'no_such_option_anywhere'), undefined);
    }
  });
});
