import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { libvirtRules } from '../../../server/src/languages/libvirt/rules';
import { brief, lint, only } from './lint';

const ROOT = join(__dirname, '..', '..', '..');
const RULES = join(ROOT, 'test', 'fixtures', 'libvirt', 'rules');

/** Each rule's own findings in its fixture, all four range numbers (with kvmtune.workload 'transactional'). */
const EXPECTED: Record<string, string[]> = {
  'libvirt-xml-syntax': ['3:0-12 error libvirt-xml-syntax'],
  'libvirt-schema': ['1:16-33 error libvirt-schema', '2:27-34 error libvirt-schema', '4:31-33 error libvirt-schema'],
  'libvirt-missing-type': ['0:1-10 error libvirt-missing-type'],
  'libvirt-bridge-source': ['0:1-10 error libvirt-bridge-source'],
  'libvirt-mtu-type': ['5:3-6 error libvirt-mtu-type'],
  'libvirt-virtualport': ['3:3-14 error libvirt-virtualport'],
  'libvirt-ovs-on-direct': ['3:3-14 error libvirt-ovs-on-direct'],
  'libvirt-driver-needs-virtio': ['4:10-14 error libvirt-driver-needs-virtio', '4:23-29 error libvirt-driver-needs-virtio', '4:34-39 error libvirt-driver-needs-virtio'],
  'libvirt-queue-size': ['4:38-41 error libvirt-queue-size'],
  'libvirt-zero-mac': ['1:16-33 warning libvirt-zero-mac'],
  'libvirt-bandwidth': ['6:5-12 error libvirt-bandwidth', '6:13-17 error libvirt-bandwidth', '6:25-30 error libvirt-bandwidth'],
  'libvirt-vlan': ['5:3-7 error libvirt-vlan'],
  'libvirt-element-for-type': ['5:3-11 error libvirt-element-for-type'],
  'libvirt-vhostuser-vdpa': ['3:15-20 error libvirt-vhostuser-vdpa'],
  'libvirt-target-dev-reserved': ['3:15-23 warning libvirt-target-dev-reserved'],
  'libvirt-missing-mac': ['0:1-10 info libvirt-missing-mac'],
  'libvirt-paper-vhost': ['4:16-20 warning libvirt-paper-vhost'],
  'libvirt-paper-virtio-model': ['0:1-10 warning libvirt-paper-virtio-model'],
  'libvirt-paper-macvtap-mode': ['2:3-9 warning libvirt-paper-macvtap-mode'],
  'libvirt-paper-ovs-virtualport': ['3:3-14 info libvirt-paper-ovs-virtualport'],
  'libvirt-paper-default-nat': ['2:19-26 info libvirt-paper-default-nat'],
  'libvirt-paper-network-mode': ['0:17-23 info libvirt-paper-network-mode'],
  'libvirt-paper-mtu': ['5:13-17 warning libvirt-paper-mtu'],
};

describe('libvirt rule fixtures: one per rule, with a doc page', () => {
  it('every rule has a fixture, an expectation and docs/rules/<id>.md', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), libvirtRules.map((r) => r.id).sort());
    for (const rule of libvirtRules) {
      assert.ok(existsSync(join(RULES, `${rule.id}.xml`)), `${rule.id}.xml`);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
    }
    assert.equal(readdirSync(RULES).length, libvirtRules.length);
  });

  for (const [id, briefs] of Object.entries(EXPECTED)) {
    it(`${id}: ${briefs.join(', ')}`, () => {
      const text = readFileSync(join(RULES, `${id}.xml`), 'utf8');
      assert.deepEqual(only(lint(text, { workload: 'transactional' }), id).map(brief), briefs);
    });
  }

  it('paper rules default to warning or info and are marked fromPaper', () => {
    for (const rule of libvirtRules.filter((r) => r.id.startsWith('libvirt-paper-'))) {
      assert.equal(rule.fromPaper, true, rule.id);
      assert.notEqual(rule.defaultSeverity, 'error', rule.id);
    }
  });
});
