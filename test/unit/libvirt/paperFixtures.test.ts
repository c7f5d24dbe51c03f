import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief, lint } from './lint';

const PAPER = join(__dirname, '..', '..', 'fixtures', 'libvirt', 'paper');
const read = (file: string) => readFileSync(join(PAPER, file), 'utf8');

/** The hand-written MacVTap and Open vSwitch stanzas (libvirt's own tests have none in QEMU domains). */
describe("libvirt: the paper's configurations, hand-written", () => {
  it('the paper stanzas as the paper writes them (plus MTU 8192 on the bridges) get no findings', () => {
    for (const file of ['linux-bridge.xml', 'openvswitch.xml', 'macvtap-bridge.xml', 'macvtap-passthrough.xml']) assert.deepEqual(lint(read(file)).map(brief), [], file);
  });

  it('MacVTap vepa and private: the paper-mode warning on the mode value', () => {
    assert.deepEqual(lint(read('macvtap-vepa.xml')).map(brief), ['2:27-31 warning libvirt-paper-macvtap-mode']);
    assert.deepEqual(lint(read('macvtap-private.xml')).map(brief), ['2:27-34 warning libvirt-paper-macvtap-mode']);
  });

  it('an s390x domain with OVS trunking, multiqueue and ring sizes inside QEMU limits is clean', () => {
    assert.deepEqual(lint(read('openvswitch-vlan-trunk.xml')).map(brief), []);
  });

  it('two MacVTap guests: the one with <mtu> is refused, the host-NIC advice is in the message', () => {
    const [mtu] = lint(read('macvtap-mtu-on-host.xml'));
    assert.equal(brief(mtu), '18:7-10 error libvirt-mtu-type');
    assert.match(mtu.message, /For MacVTap the MTU belongs on the host NIC/);
  });

  it('with kvmtune.workload set, the bridges get the mode recommendation and MacVTap does not', () => {
    const settings = { workload: 'transactional' as const, topology: 'multi-host' as const };
    assert.deepEqual(lint(read('openvswitch.xml'), settings).map(brief), ['0:17-23 info libvirt-paper-network-mode']);
    assert.deepEqual(lint(read('macvtap-bridge.xml'), settings).map(brief), []);
    assert.deepEqual(lint(read('macvtap-bridge.xml'), { workload: 'streaming', topology: 'multi-host' }).map(brief), ['0:17-23 info libvirt-paper-network-mode']);
  });
});
