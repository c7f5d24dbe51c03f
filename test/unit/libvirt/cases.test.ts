import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief, errors, lint } from './lint';

const CASES = join(__dirname, '..', '..', 'fixtures', 'libvirt', 'cases');

/**
 * One libvirt check per file; truth/verdicts.tsv records what libvirt 9.0 says about each. Here:
 * where kvmtune puts the error, all four range numbers.
 */
const EXPECTED: Record<string, string[]> = {
  'bandwidth-average-zero': ['4:23-24 error libvirt-schema'],
  'bandwidth-floor-bridge': ['4:28-33 error libvirt-bandwidth'],
  'bandwidth-floor-network': [],
  'bridge-empty-name': ['2:10-19 error libvirt-bridge-source'],
  'driver-vhost-e1000': ['4:10-14 error libvirt-driver-needs-virtio', '4:23-29 error libvirt-driver-needs-virtio'],
  'guest-gso': ['5:11-14 error libvirt-schema'],
  'hostdev-bandwidth': ['5:3-12 error libvirt-bandwidth'],
  'mac-multicast': ['1:16-33 error libvirt-schema'],
  'mac-one-digit-octets': ['1:16-29 error libvirt-schema'],
  'mac-twice': ['2:3-6 error libvirt-schema'],
  'mac-zero': [],
  'midonet-no-parameters': ['3:3-14 error libvirt-virtualport'],
  'mode-bridged': ['2:27-34 error libvirt-schema'],
  'model-bad-chars': ['3:15-25 error libvirt-schema'],
  'mtu-70000': ['3:13-18 error libvirt-schema'],
  'ovs-interfaceid-not-uuid': ['4:29-39 error libvirt-schema'],
  'ovs-managerid': ['4:16-25 error libvirt-virtualport'],
  'qbg-managerid-256': ['4:27-30 error libvirt-virtualport'],
  'qbg-missing-parameters': ['4:5-15 error libvirt-virtualport'],
  'queues-zero': ['4:25-26 error libvirt-schema'],
  'rom-disabled-with-file': ['3:20-24 error libvirt-element-for-type'],
  'target-unmanaged-bridge': ['3:23-30 error libvirt-element-for-type'],
  'teaming-transient-without-persistent': ['5:3-10 error libvirt-element-for-type'],
  'type-macvtap': ['0:17-24 error libvirt-schema'],
  'udp-without-local': ['2:3-9 error libvirt-schema'],
  'virtualport-on-user': ['2:3-14 error libvirt-schema'],
  'virtualport-untyped-direct': ['3:3-14 error libvirt-virtualport'],
  'virtualport-untyped-network': [],
  'vlan-4096': ['5:13-17 error libvirt-schema'],
  'vlan-empty': ['4:3-7 error libvirt-vlan'],
  'vlan-trunk-no': ['4:15-17 error libvirt-vlan'],
  'vlan-two-native': ['6:17-27 error libvirt-vlan'],
};

describe('libvirt single-check cases: the error lands on the offending attribute or element', () => {
  for (const [name, briefs] of Object.entries(EXPECTED)) {
    it(`${name}: ${briefs.join(', ') || 'no error'}`, () => {
      assert.deepEqual(errors(lint(readFileSync(join(CASES, `${name}.xml`), 'utf8'))).map(brief), briefs);
    });
  }

  it("type='macvtap' is offered as type='direct' (libvirt's name for MacVTap)", () => {
    const [finding] = errors(lint(readFileSync(join(CASES, 'type-macvtap.xml'), 'utf8')));
    assert.deepEqual(finding.data.fixes.map((f) => f.title), ["Change to 'direct'"]);
  });

  it("an attribute renamed into 'type' is offered only when the children then read cleanly against that type (the final long fuzz run)", () => {
    const body = (mode: string) => `<interface nype='direct'>\n  <mac address='52:54:00:6b:3c:58'/>\n  <source dev='eth0' mode='${mode}'/>\n</interface>\n`;
    const fixesOf = (text: string) => errors(lint(text)).map((f) => [brief(f), f.data.fixes.map((x) => x.title)]);
    assert.deepEqual(fixesOf(body('bridge')), [['0:1-10 error libvirt-missing-type', ["Add type='direct'"]], ['0:11-15 error libvirt-schema', ["Change to 'type'"]]]);
    // As type='direct', mode='bridged' would be the next schema error: the rename only moves the finding.
    assert.deepEqual(fixesOf(body('bridged')), [['0:1-10 error libvirt-missing-type', []], ['0:11-15 error libvirt-schema', []]]);
  });
});
