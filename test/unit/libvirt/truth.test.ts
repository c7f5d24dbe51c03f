import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief, errors, lint } from './lint';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'libvirt');

interface Verdict {
  file: string;
  xmllint: string;
  virsh: string;
  message: string;
}

function readVerdicts(path: string): Verdict[] {
  const [, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  return rows.map((row) => {
    const [file, xmllint, virsh, message = ''] = row.split('\t');
    return { file, xmllint, virsh, message: message.trim() };
  });
}

/**
 * Where kvmtune deliberately differs from libvirt 9.0's RelaxNG check and test driver. An error
 * where both accept must name the QEMU-driver (or start-time) check libvirt makes; no error where
 * one rejects must name the later libvirt release that accepts the file.
 */
const DIFFERENCES: Record<string, { kvmtuneError: boolean; why: string }> = {
  'rules/libvirt-mtu-type.xml': { kvmtuneError: true, why: 'qemuDomainNetSupportsMTU (QEMU driver): "setting MTU on interface type direct is not supported yet"' },
  'rules/libvirt-ovs-on-direct.xml': { kvmtuneError: true, why: 'accepted and silently ignored: virNetDevVPortProfileAssociate does nothing for openvswitch on macvtap' },
  'rules/libvirt-queue-size.xml': { kvmtuneError: true, why: 'qemuValidateDomainDeviceDefNetwork: "rx_queue_size has to be a power of two"' },
  'rules/libvirt-vlan.xml': { kvmtuneError: true, why: 'virDomainActualNetDefValidate at start: "vlan tag not supported for this connection type"' },
  'rules/libvirt-element-for-type.xml': { kvmtuneError: true, why: 'qemuValidateDomainDeviceDefNetwork: "coalesce settings on interface type direct are not supported"' },
  'rules/libvirt-vhostuser-vdpa.xml': { kvmtuneError: true, why: "qemuValidateDomainDeviceDefNetwork: \"invalid model for interface of type 'vdpa'\"" },
  'paper/macvtap-mtu-on-host.xml': { kvmtuneError: true, why: 'qemuDomainNetSupportsMTU (QEMU driver): the second MacVTap interface carries <mtu>' },
  'cases/bridge-empty-name.xml': { kvmtuneError: true, why: "libvirt defines it; starting the guest fails, no bridge is called ''" },
  'cases/driver-vhost-e1000.xml': { kvmtuneError: true, why: 'accepted and silently dropped: virDomainNetDefParseXMLDriver reads these options only for virtio models' },
  'cases/hostdev-bandwidth.xml': { kvmtuneError: true, why: 'virDomainActualNetDefValidate at start: "bandwidth settings are not supported for hostdev interfaces"' },
  'corpus/net-hostdev-fail.xml': { kvmtuneError: true, why: 'QEMU command line: "custom tap device path is not supported for network interfaces of type hostdev"' },
  'corpus/net-vhostuser-fail.xml': { kvmtuneError: true, why: 'QEMU command line: "custom tap device path is not supported for network interfaces of type vhostuser"' },
  'corpus/net-user-slirp-portforward.xml': { kvmtuneError: true, why: "qemuValidateDomainDeviceDefNetwork: \"The <portForward> element can only be used with <interface type='user'> and its 'passt' backend\"" },
  'corpus/net-virtio-rxqueuesize-invalid-size.xml': { kvmtuneError: true, why: 'qemuValidateDomainDeviceDefNetwork: "rx_queue_size has to be a power of two"' },
  'corpus/net-user-passt.xml': { kvmtuneError: false, why: "libvirt 9.0.0 (Debian 12) rejects <backend type='passt'> in its parser; libvirt 10.7's own test suite accepts the file" },
  'corpus/net-vhostuser-passt.xml': { kvmtuneError: false, why: 'vhost-user with the passt backend and no socket <source> is libvirt 11.1+ (hostname/fqdn 11.8, route without address 12.2); 9.0 requires source type/path/mode' },
};

describe('libvirt differential truth (recorded with scripts/libvirt-truth.sh)', () => {
  const verdicts = readVerdicts(join(FIXTURES, 'truth', 'verdicts.tsv'));

  it('covers every rule, paper and corpus fixture', () => {
    const recorded = new Set(verdicts.map((v) => v.file));
    for (const dir of ['rules', 'paper', 'cases', 'corpus']) {
      for (const file of readdirXml(join(FIXTURES, dir))) assert.ok(recorded.has(`${dir}/${file}`), `${dir}/${file} has no recorded verdict: run scripts/libvirt-truth.sh`);
    }
  });

  for (const verdict of verdicts) {
    const rejected = verdict.xmllint === 'invalid' || verdict.virsh === 'rejected';
    const difference = DIFFERENCES[verdict.file];
    const expected = difference ? difference.kvmtuneError : rejected;
    it(`${verdict.file}: libvirt ${rejected ? 'rejects' : 'accepts'}${difference ? ` (${difference.why})` : ''}; kvmtune ${expected ? 'reports an error' : 'reports no error'}`, () => {
      const found = errors(lint(readFileSync(join(FIXTURES, verdict.file), 'utf8')));
      assert.equal(found.length > 0, expected, found.map(brief).join(', ') || 'no errors');
      if (difference) assert.notEqual(difference.kvmtuneError, rejected, `${verdict.file} no longer differs from libvirt: drop it from DIFFERENCES`);
    });
  }

  it('a rule fixture libvirt rejects gets its error from the rule it is named after', () => {
    for (const verdict of verdicts.filter((v) => v.file.startsWith('rules/') && (v.xmllint === 'invalid' || v.virsh === 'rejected'))) {
      const rule = verdict.file.slice('rules/'.length, -'.xml'.length);
      const found = errors(lint(readFileSync(join(FIXTURES, verdict.file), 'utf8')));
      assert.ok(found.some((d) => d.code === rule), `${verdict.file}: ${found.map(brief).join(', ')}`);
    }
  });

  const live = process.env.KVMTUNE_LIBVIRT_LIVE === '1' && existsSync('/usr/bin/virsh') && existsSync('/usr/bin/xmllint');
  it('re-running virsh and xmllint gives the recorded verdicts (KVMTUNE_LIBVIRT_LIVE=1 with libvirt-clients installed)', { skip: !live && 'set KVMTUNE_LIBVIRT_LIVE=1 on a host with virsh and xmllint' }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kvmtune-truth-')), 'verdicts.tsv');
    execFileSync(join(ROOT, 'scripts', 'libvirt-truth.sh'), { env: { ...process.env, LIBVIRT_TRUTH_OUT: out }, stdio: 'pipe' });
    const fresh = readVerdicts(out).map((v) => `${v.file} ${v.xmllint} ${v.virsh}`);
    assert.deepEqual(fresh, verdicts.map((v) => `${v.file} ${v.xmllint} ${v.virsh}`));
  });
});

function readdirXml(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.xml'));
}
