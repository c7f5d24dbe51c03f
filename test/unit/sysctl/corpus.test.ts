import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { severityName } from '../../../server/src/service/diagnostics';
import { lint } from './lint';

const CORPUS = join(__dirname, '..', '..', 'fixtures', 'sysctl', 'corpus');

/**
 * Every finding on the real-world files with default settings (no target kernel, lab), as
 * `file:line severity rule`. Each one is explained in test/fixtures/sysctl/corpus/EXPECTED.md;
 * anything else showing up is a false positive (or a finding that went missing) and fails the test.
 */
const EXPECTED = [
  '0x484c__sysctl__sysctl.conf:20 warning sysctl-unknown-key',
  '0x484c__sysctl__sysctl.conf:114 info sysctl-noop-key',
  '0x484c__sysctl__sysctl.conf:159 info sysctl-noop-key',
  '0x484c__sysctl__sysctl.conf:178 error sysctl-removed-key',
  '0x484c__sysctl__sysctl.conf:187 info sysctl-noop-key',
  '0x484c__sysctl__sysctl.conf:214 warning sysctl-duplicate-key',
  '108anup__cc_bench__sysctl.conf:21 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:22 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:25 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:26 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:27 info sysctl-noop-key',
  '108anup__cc_bench__sysctl.conf:30 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:31 warning sysctl-inline-comment',
  '108anup__cc_bench__sysctl.conf:32 warning sysctl-inline-comment',
  '9M2PJU__LinuxTweaks__sysctl.conf:2 info sysctl-duplicate-key',
  '9M2PJU__LinuxTweaks__sysctl.conf:13 warning sysctl-tcp-buffer-max',
  '9M2PJU__LinuxTweaks__sysctl.conf:16 info sysctl-noop-key',
  'Alexitru__sysctl.conf__sysctl.conf:5 info sysctl-duplicate-key',
  'Alexitru__sysctl.conf__sysctl.conf:8 info sysctl-duplicate-key',
  'Alexitru__sysctl.conf__sysctl.conf:29 warning sysctl-unknown-key',
  'Alexitru__sysctl.conf__sysctl.conf:35 info sysctl-noop-key',
  'Alexitru__sysctl.conf__sysctl.conf:43 warning sysctl-unknown-key',
  'Alexitru__sysctl.conf__sysctl.conf:59 info sysctl-noop-key',
  'AntiFlood-Systems-CDN__kernel-tweaks__sysctl.conf:108 info sysctl-noop-key',
  'AntiFlood-Systems-CDN__kernel-tweaks__sysctl.conf:112 error sysctl-removed-key',
  'AntiFlood-Systems-CDN__kernel-tweaks__sysctl.conf:171 error sysctl-invalid-value',
  'AntiFlood-Systems-CDN__kernel-tweaks__sysctl.conf:177 warning sysctl-unknown-key',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:2 error sysctl-unknown-key',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:3 error sysctl-unknown-key',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:4 error sysctl-unknown-key',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:5 error sysctl-unknown-key',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:11 warning sysctl-core-buffer-max',
  'CoreByte-Teknoloji__apache-tuning-optimization__sysctl.conf:12 warning sysctl-core-buffer-max',
  'FishDDev__shadowsocks-libev__etc_sysctl.conf:23 error sysctl-removed-key',
  'FishDDev__shadowsocks-libev__etc_sysctl.conf:33 warning sysctl-tcp-max-tw-buckets',
  'Fleshgrinder__sysctl.d__sysctl.conf:174 warning sysctl-inline-comment',
  'Fleshgrinder__sysctl.d__sysctl.conf:217 error sysctl-removed-key',
  'FluerV__Secure-sysctl__sysctl.conf:44 error sysctl-invalid-value',
  'FluerV__Secure-sysctl__sysctl.conf:45 error sysctl-invalid-value',
  'FluerV__Secure-sysctl__sysctl.conf:46 error sysctl-invalid-value',
  'FluerV__Secure-sysctl__sysctl.conf:47 error sysctl-invalid-value',
  'FluerV__Secure-sysctl__sysctl.conf:48 error sysctl-invalid-value',
  'FunctionClub__YankeeBBR__sysctl.conf:75 error sysctl-removed-key',
  'FunctionClub__YankeeBBR__sysctl.conf:85 warning sysctl-tcp-max-tw-buckets',
  'FunctionClub__YankeeBBR__sysctl.conf:97 warning sysctl-tcp-congestion-control',
  'Gandi__gandi-vm-config__sysctl.conf:21 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:1 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:4 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:37 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:39 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:42 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:43 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:44 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:45 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:46 warning sysctl-tcp-max-tw-buckets',
  'HXHGTS__TCPOptimization__sysctl.conf:46 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:52 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:53 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:54 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:56 warning sysctl-unknown-key',
  'HXHGTS__TCPOptimization__sysctl.conf:56 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:57 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:58 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:59 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:62 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:63 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:64 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:70 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:72 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:74 warning sysctl-inline-comment',
  'HXHGTS__TCPOptimization__sysctl.conf:81 info sysctl-noop-key',
  'HXHGTS__TCPOptimization__sysctl.conf:90 info sysctl-noop-key',
  'ITNerdbox__OS-Hardening__sysctl.conf:19 info sysctl-duplicate-key',
  'ITNerdbox__OS-Hardening__sysctl.conf:25 info sysctl-duplicate-key',
  'procps-ng__procps__testsuite_sysctl_glob_test.conf:4 info sysctl-glob-pattern',
  'procps-ng__procps__testsuite_sysctl_glob_test.conf:6 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:26 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:27 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:31 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:32 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:36 info sysctl-glob-pattern',
  'systemd__systemd__sysctl.d_50-default.conf:37 info sysctl-glob-pattern',
  'tuned__historic__sysctl.s390x.ktune.conf:5 error sysctl-removed-key',
  'tuned__historic__sysctl.s390x.ktune.conf:13 error sysctl-removed-key',
  'tuned__historic__sysctl.s390x.ktune.conf:16 error sysctl-removed-key',
  'tuned__historic__sysctl.s390x.ktune.conf:18 error sysctl-removed-key',
];

describe('sysctl real-world corpus', () => {
  it('reports exactly the documented true problems', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.conf')).sort();
    assert.ok(files.length >= 33, `only ${files.length} corpus files`);
    const found = files.flatMap((file) =>
      lint(readFileSync(join(CORPUS, file), 'utf8')).map((d) => `${file}:${d.range.start.line + 1} ${severityName(d.severity)} ${String(d.code)}`),
    );
    assert.deepEqual(found, EXPECTED);
  });

  it('EXPECTED.md explains every file that has findings', () => {
    const explained = readFileSync(join(CORPUS, 'EXPECTED.md'), 'utf8');
    for (const file of new Set(EXPECTED.map((entry) => entry.split(':')[0]))) {
      assert.ok(explained.includes(file), `EXPECTED.md does not mention ${file}`);
    }
  });
});
