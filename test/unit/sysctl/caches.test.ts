import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { judgeWrite } from '../../../server/src/languages/sysctl/kernelJudge';
import { kernelKeyNames, verifiedKernelKey } from '../../../server/src/languages/sysctl/kernelKeys';
import { parseSysctlText } from '../../../server/src/languages/sysctl/parser';
import { effectiveSettings, effectiveSettingsOf, knownSettings, type KnownSetting } from '../../../server/src/languages/sysctl/rules/helpers';
import { settingsOfFile, type SysctlSetting } from '../../../server/src/languages/sysctl/setting';
import { CACHE_SETTINGS, CACHE_TEXTS, findingsOf } from './cacheInputs';
import { brief, lint } from './lint';

const run = promisify(execFile);

/** The findings of a process where every cache starts empty. */
async function coldFindings(variant: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(__dirname, 'coldRun.ts'), variant], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** The plain definition of the effective settings: the last known setting of each key, sorted by line. */
function lastPerKeyByLine(settings: readonly SysctlSetting[]): KnownSetting[] {
  const last = new Map<string, KnownSetting>();
  for (const known of knownSettings(settings)) last.set(known.setting.key, known);
  return [...last.values()].sort((a, b) => a.setting.line - b.setting.line);
}

describe('sysctl caches give the findings of a cold run', () => {
  it('warm validations, across kvmtune.kernel and environment changes and back, equal cold ones', async () => {
    const variants = Object.keys(CACHE_SETTINGS);
    const cold = await Promise.all(variants.map(coldFindings));
    // Warm the caches with every variant, then validate again in another order.
    for (const variant of variants) findingsOf(CACHE_TEXTS, CACHE_SETTINGS[variant]);
    for (const variant of [...variants].reverse()) {
      const warm = JSON.parse(JSON.stringify(findingsOf(CACHE_TEXTS, CACHE_SETTINGS[variant])));
      assert.deepEqual(warm, cold[variants.indexOf(variant)], variant);
    }
    assert.notDeepEqual(cold[0], cold[1], 'the kernel setting changes findings, so the comparison means something');
  });

  it('the same value on a key whose bound is another key is judged again after that key changed', () => {
    const text = [
      'net.ipv4.ip_unprivileged_port_start = 40000',
      'net.ipv4.ip_local_port_range = 50000 60999',
      'net.ipv4.ip_unprivileged_port_start = 40000',
      'net.ipv4.ip_local_port_range = 30000 60999',
    ].join('\n');
    const invalid = lint(text).filter((d) => d.code === 'sysctl-invalid-value');
    assert.deepEqual(invalid.map(brief), ['0:38-43 error sysctl-invalid-value', '3:31-36 error sysctl-invalid-value']);
    assert.match(invalid[1].message, /ip_unprivileged_port_start 40000 \(set on line 3\)/);
  });

  it('a remembered kernel verdict equals a fresh judgement of the same key and value', () => {
    const values = ['1', '2', '-1', '08', '010', '0x1f', '', '1 2 3', '4096 87380 4136960', '1 # note', '99999999999999999999', 'many', ' 7 '];
    for (const name of kernelKeyNames()) {
      const key = verifiedKernelKey(name)!;
      for (const value of values) {
        const first = judgeWrite(key, value, name);
        assert.deepEqual(judgeWrite(key, value, name), first, `${name} = ${value}`);
        // A copy of the key is another cache entry, so this one is judged from scratch.
        assert.deepEqual(judgeWrite({ ...key }, value, name), first, `${name} = ${value}`);
      }
    }
  });

  it('the per-key index of effective settings lists what filtering them lists, in their order', () => {
    const text = ['net.core.rmem_max = 1', 'net.ipv4.tcp_rmem = 1 2 3', 'net.core.rmem_max = 2', 'net.core.wmem_max = 3', 'net.ipv4.conf.eth0.rp_filter = 1', 'net.ipv4.conf.eth1.rp_filter = 1', 'net.ipv4.tcp_rmem = 4 5 6'].join('\n');
    // `net.ipv4/tcp_sack` has the same name as the known key but names nothing, so the known line before it wins.
    const shadowed = `${text}\nnet.ipv4.tcp_sack = 1\nnet.ipv4/tcp_sack = 0`;
    const settings = settingsOfFile(parseSysctlText(text));
    const shadowedSettings = settingsOfFile(parseSysctlText(shadowed));
    assert.deepEqual(effectiveSettings(shadowedSettings).map((known) => known.setting.line), [2, 3, 4, 5, 6, 7]);
    // Settings of other formats may share a line; the order then follows each key's first appearance.
    const sameLine: SysctlSetting[] = settings.map(({ key, components, value, keyRange, valueRange, separator, ignoreFailure }) => ({ key, components, value, keyRange, valueRange, separator, ignoreFailure, line: 0 }));
    for (const list of [settings, sameLine, shadowedSettings]) {
      assert.deepEqual(effectiveSettings(list), lastPerKeyByLine(list));
      for (const keys of [['net.core.rmem_max'], ['net.core.wmem_max', 'net.core.rmem_max'], ['net.ipv4.conf.<iface>.rp_filter', 'net.ipv4.tcp_rmem'], ['net.unknown']]) {
        assert.deepEqual(
          effectiveSettingsOf(list, keys),
          effectiveSettings(list).filter((known) => keys.includes(known.info.key)),
          keys.join(', '),
        );
      }
    }
  });
});
