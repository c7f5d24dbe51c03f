import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setRandomSource } from '../../../server/src/languages/libvirt/random';
import { applyFix, brief, fixedRandom, fragment, lint, only } from './lint';

const BRIDGE = (...children: string[]) => fragment(["<interface type='bridge'>", "  <mac address='52:54:00:6b:3c:58'/>", "  <source bridge='br0'/>", ...children.map((c) => `  ${c}`), '</interface>']);

describe('libvirt rules: messages, ranges and fixes', () => {
  beforeEach(() => fixedRandom());
  afterEach(() => setRandomSource(undefined));

  it('libvirt-paper-vhost inserts <driver name=vhost/> before </interface>, indented like its siblings', () => {
    const text = BRIDGE("<model type='virtio'/>", "<mtu size='8192'/>");
    const [finding] = only(lint(text), 'libvirt-paper-vhost');
    assert.equal(brief(finding), '0:1-10 warning libvirt-paper-vhost');
    assert.match(finding.message, /^No driver name: libvirt uses vhost-net when \/dev\/vhost-net opens and silently falls back/);
    assert.equal(finding.data.fixes[0].isPreferred, false);
    assert.equal(applyFix(text, finding), BRIDGE("<model type='virtio'/>", "<mtu size='8192'/>", "<driver name='vhost'/>"));
  });

  it("libvirt-paper-vhost changes name='qemu' to vhost and adds name to an existing <driver>", () => {
    const qemu = BRIDGE("<model type='virtio'/>", "<driver name='qemu' queues='4'/>", "<mtu size='8192'/>");
    assert.equal(applyFix(qemu, only(lint(qemu), 'libvirt-paper-vhost')[0]), qemu.replace("name='qemu'", "name='vhost'"));
    const bare = BRIDGE("<model type='virtio'/>", "<driver queues='4'/>", "<mtu size='8192'/>");
    const [finding] = only(lint(bare), 'libvirt-paper-vhost');
    assert.equal(brief(finding), '4:3-9 warning libvirt-paper-vhost');
    assert.equal(applyFix(bare, finding), bare.replace("queues='4'", "queues='4' name='vhost'"));
  });

  it('libvirt-paper-vhost is silent for type=user, TCG guests and unknown-model fragments', () => {
    assert.deepEqual(only(lint(fragment(["<interface type='user'>", "  <model type='virtio'/>", '</interface>'])), 'libvirt-paper-vhost'), []);
    const tcg = "<domain type='qemu'><devices><interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n";
    assert.deepEqual(only(lint(tcg), 'libvirt-paper-vhost'), []);
  });

  it('libvirt-paper-virtio-model: warning without <model>, info on s390x (virtio is the default there)', () => {
    const text = BRIDGE("<driver name='vhost'/>");
    const [x86] = only(lint(text), 'libvirt-paper-virtio-model');
    assert.equal(brief(x86), '0:1-10 warning libvirt-paper-virtio-model');
    assert.equal(applyFix(text, x86), BRIDGE("<driver name='vhost'/>", "<model type='virtio'/>"));
    const [s390] = only(lint(text, { platform: 's390x' }), 'libvirt-paper-virtio-model');
    assert.equal(brief(s390), '0:1-10 info libvirt-paper-virtio-model');
    assert.equal(s390.message, "No <model>: on s390x QEMU's default is already virtio; naming it keeps the stanza right on every architecture.");
    const pci = BRIDGE("<model type='virtio-net-pci'/>");
    assert.equal(brief(only(lint(pci), 'libvirt-paper-virtio-model')[0]), '3:15-29 info libvirt-paper-virtio-model');
  });

  it("libvirt-paper-macvtap-mode: fix adds mode='bridge' to <source> keeping the file's double quotes", () => {
    const text = fragment(['<interface type="direct">', '  <source dev="eth0"/>', '  <model type="virtio"/>', '</interface>']);
    const [finding] = only(lint(text), 'libvirt-paper-macvtap-mode');
    assert.equal(brief(finding), '1:3-9 warning libvirt-paper-macvtap-mode');
    assert.equal(applyFix(text, finding), text.replace('dev="eth0"', 'dev="eth0" mode="bridge"'));
    const vepa = text.replace('dev="eth0"', 'dev="eth0" mode="vepa"');
    const [onValue] = only(lint(vepa), 'libvirt-paper-macvtap-mode');
    assert.equal(brief(onValue), '1:27-31 warning libvirt-paper-macvtap-mode');
    assert.equal(applyFix(vepa, onValue), text.replace('dev="eth0"', 'dev="eth0" mode="bridge"'));
    assert.deepEqual(only(lint(text.replace('dev="eth0"', 'dev="eth0" mode="passthrough"')), 'libvirt-paper-macvtap-mode'), []);
  });

  it('libvirt-paper-ovs-virtualport generates the interfaceid from the injected random source', () => {
    const text = BRIDGE("<virtualport type='openvswitch'/>", "<model type='virtio'/>", "<driver name='vhost'/>").replace("'br0'", "'ovsbr0'");
    const [finding] = only(lint(text), 'libvirt-paper-ovs-virtualport');
    assert.equal(brief(finding), '3:3-14 info libvirt-paper-ovs-virtualport');
    assert.equal(
      applyFix(text, finding),
      text.replace("<virtualport type='openvswitch'/>", "<virtualport type='openvswitch'>\n    <parameters interfaceid='10111213-1415-4617-9819-1a1b1c1d1e1f'/>\n  </virtualport>"),
    );
    const missing = BRIDGE("<model type='virtio'/>").replace("'br0'", "'ovsbr0'");
    const [noPort] = only(lint(missing), 'libvirt-paper-ovs-virtualport');
    assert.equal(brief(noPort), '2:18-24 warning libvirt-paper-ovs-virtualport');
    assert.equal(
      applyFix(missing, noPort),
      missing.replace('</interface>', "  <virtualport type='openvswitch'>\n    <parameters interfaceid='10111213-1415-4617-9819-1a1b1c1d1e1f'/>\n  </virtualport>\n</interface>"),
    );
  });

  it('libvirt-missing-mac adds a random locally administered unicast MAC (injected source), CRLF kept', () => {
    const text = "<interface type='bridge'>\r\n  <source bridge='br0'/>\r\n</interface>\r\n";
    const [finding] = only(lint(text), 'libvirt-missing-mac');
    assert.equal(applyFix(text, finding), "<interface type='bridge'>\r\n  <source bridge='br0'/>\r\n  <mac address='12:11:12:13:14:15'/>\r\n</interface>\r\n");
    setRandomSource((n) => new Uint8Array(n).fill(0xff));
    assert.match(applyFix(text, only(lint(text), 'libvirt-missing-mac')[0]), /<mac address='fe:ff:ff:ff:ff:ff'\/>/);
  });

  it('a self-closing <interface/> is opened up by an insert fix', () => {
    const text = "<interface type='user'/>\n";
    const [finding] = only(lint(text), 'libvirt-missing-mac');
    assert.equal(applyFix(text, finding), "<interface type='user'>\n  <mac address='12:11:12:13:14:15'/>\n</interface>\n");
  });

  it('libvirt-mtu-type names the host-NIC workaround for MacVTap; fix removes the whole line', () => {
    const text = fragment(["<interface type='direct'>", "  <source dev='eth0' mode='bridge'/>", "  <mtu size='8192'/>", '</interface>']);
    const [finding] = only(lint(text), 'libvirt-mtu-type');
    assert.equal(
      finding.message,
      `libvirt's QEMU driver rejects <mtu> on type='direct' ("setting MTU on interface type direct is not supported yet"); it supports 'network', 'bridge', 'ethernet' and 'vhostuser' and user with passt. For MacVTap the MTU belongs on the host NIC (ip link set <dev> mtu 8192; the macvtap device cannot exceed it) and inside the guest.`,
    );
    assert.equal(applyFix(text, finding), fragment(["<interface type='direct'>", "  <source dev='eth0' mode='bridge'/>", '</interface>']));
  });

  it('libvirt-paper-mtu: info with an insert fix when missing, warning and change fix when smaller', () => {
    const text = BRIDGE("<model type='virtio'/>", "<driver name='vhost'/>");
    const [missing] = only(lint(text), 'libvirt-paper-mtu');
    assert.equal(brief(missing), '0:1-10 info libvirt-paper-mtu');
    assert.equal(applyFix(text, missing), BRIDGE("<model type='virtio'/>", "<driver name='vhost'/>", "<mtu size='8192'/>"));
  });

  it('libvirt-paper-network-mode follows kvmtune.workload and kvmtune.topology', () => {
    const bridge = BRIDGE("<model type='virtio'/>", "<driver name='vhost'/>", "<mtu size='8192'/>");
    const macvtap = fragment(["<interface type='direct'>", "  <mac address='52:54:00:6b:3c:58'/>", "  <source dev='eth0' mode='bridge'/>", "  <model type='virtio'/>", "  <driver name='vhost'/>", '</interface>']);
    const mode = (text: string, workload: '' | 'transactional' | 'streaming' | 'mixed', topology: '' | 'single-host' | 'multi-host' = '') =>
      only(lint(text, { workload, topology }), 'libvirt-paper-network-mode').map(brief);
    assert.deepEqual(mode(bridge, ''), []);
    assert.deepEqual(mode(bridge, 'transactional'), ['0:17-23 info libvirt-paper-network-mode']);
    assert.deepEqual(mode(macvtap, 'transactional'), []);
    assert.deepEqual(mode(macvtap, 'streaming', 'multi-host'), ['0:17-23 info libvirt-paper-network-mode']);
    assert.deepEqual(mode(bridge, 'streaming', 'multi-host'), [], 'across hosts a Linux bridge is as good as OVS');
    assert.deepEqual(mode(bridge, 'streaming'), [], 'no topology: the paper has no single answer');
    const [streaming] = only(lint(macvtap, { workload: 'streaming', topology: 'multi-host' }), 'libvirt-paper-network-mode');
    assert.match(streaming.message, /^For kvmtune.workload 'streaming', kvmtune.topology 'multi-host' the paper recommends Open vSwitch .* over MacVTap .*: Across hosts, streaming throughput was line-limited and Open vSwitch used up to 30% less CPU than MacVTap\.$/);
  });

  it('libvirt-schema suggests the enumerated value a typo meant (preferred) and names the allowed ones', () => {
    const text = fragment(["<interface type='direct'>", "  <source dev='eth0' mode='bridged'/>", '</interface>']);
    const [finding] = only(lint(text), 'libvirt-schema');
    assert.equal(finding.message, "'bridged' is not a valid 'mode' of <source>: expected 'vepa', 'bridge', 'private' and 'passthrough'. libvirt's schema rejects it (virsh define --validate, virt-xml-validate).");
    assert.deepEqual(finding.data.fixes.map((f) => [f.title, f.isPreferred]), [["Change to 'bridge'", true]]);
  });

  it('libvirt-schema: two <mac>, an unknown element and an attribute of another type, each at its name', () => {
    const text = fragment(["<interface type='bridge'>", "  <mac address='52:54:00:00:00:01'/>", "  <mac address='52:54:00:00:00:02'/>", "  <source bridge='br0' dev='eth0'/>", '  <modle/>', '</interface>']);
    const found = only(lint(text), 'libvirt-schema');
    assert.deepEqual(found.map(brief), ['2:3-6 error libvirt-schema', '3:23-26 error libvirt-schema', '4:3-8 error libvirt-schema']);
    assert.match(found[1].message, /^<source> has no attribute 'dev' for type='bridge' \(it takes 'bridge', 'macTableManager', 'network', 'portgroup' and 'portid'\)/);
    assert.deepEqual(found[2].data.fixes.map((f) => f.title), ["Change to 'model'"]);
  });

  it("libvirt-schema: a type correction is offered only when the schema then finds nothing new on the other lines", () => {
    const typo = (dev: string) => fragment(["<interface type='macvtap'>", `  <source dev='${dev}'/>`, '</interface>']);
    const fine = only(lint(typo('eth0')), 'libvirt-schema');
    assert.deepEqual([fine.map(brief), fine[0].data.fixes.map((f) => f.title)], [['0:17-24 error libvirt-schema'], ["Change to 'direct'"]]);
    // For type='direct' <source dev> must be a device name, which a line separator is not.
    const exposing = only(lint(typo('\u2028th0')), 'libvirt-schema');
    assert.deepEqual([exposing.map(brief), exposing[0].data.fixes], [['0:17-24 error libvirt-schema'], []]);
  });

  it('libvirt-virtualport: parameters of another type and missing 802.1Qbg parameters on direct', () => {
    const text = fragment(["<interface type='direct'>", "  <source dev='eth0' mode='vepa'/>", "  <virtualport type='802.1Qbg'>", "    <parameters managerid='11' profileid='x'/>", '  </virtualport>', '</interface>']);
    assert.deepEqual(only(lint(text), 'libvirt-virtualport').map(brief), ['3:5-15 error libvirt-virtualport', '3:31-40 error libvirt-virtualport']);
  });

  it('libvirt-queue-size: QEMU caps tx_queue_size at 256 on tap (warning), vhost-user allows 1024', () => {
    const tap = BRIDGE("<model type='virtio'/>", "<driver name='vhost' tx_queue_size='1024'/>");
    assert.deepEqual(only(lint(tap), 'libvirt-queue-size').map(brief), ['4:38-42 warning libvirt-queue-size']);
    const small = BRIDGE("<model type='virtio'/>", "<driver name='vhost' rx_queue_size='128'/>");
    assert.deepEqual(only(lint(small), 'libvirt-queue-size').map(brief), ['4:38-41 error libvirt-queue-size']);
  });

  it('Xen and LXC domains skip the QEMU-driver checks', () => {
    const xen = "<domain type='xen'><devices><interface type='bridge'><source bridge='br0'/><script path='vif-bridge'/><model type='e1000'/></interface></devices></domain>\n";
    assert.deepEqual(lint(xen).filter((d) => d.severity === 1).map(brief), []);
  });

  it('libvirt-schema: <virtualport> on type=user and a missing <source> where the type needs one', () => {
    const user = fragment(["<interface type='user'>", "  <virtualport type='openvswitch'/>", '</interface>']);
    const [port] = only(lint(user), 'libvirt-schema');
    assert.equal(brief(port), '1:3-14 error libvirt-schema');
    assert.equal(port.message, "<virtualport> is not allowed on <interface type='user'>; libvirt's schema rejects it (virsh define --validate, virt-xml-validate).");
    const [source] = only(lint(fragment(["<interface type='direct'>", "  <model type='virtio'/>", '</interface>'])), 'libvirt-schema');
    assert.equal(brief(source), '0:1-10 error libvirt-schema');
    assert.equal(source.message, "<interface type='direct'> needs a <source> element; libvirt's schema rejects it (virsh define --validate, virt-xml-validate).");
  });

  it("libvirt-element-for-type: a hostdev driver name on a NIC, and trustGuestRxFilters outside MacVTap", () => {
    const text = fragment(["<interface type='bridge' trustGuestRxFilters='yes'>", "  <source bridge='br0'/>", "  <model type='virtio'/>", "  <driver name='vfio'/>", '</interface>']);
    assert.deepEqual(only(lint(text), 'libvirt-element-for-type').map(brief), ['0:25-44 warning libvirt-element-for-type', '3:16-20 error libvirt-element-for-type']);
  });

  it('live XML from virsh dumpxml (generated vnet0, alias, PCI address, status attributes) has no errors', () => {
    const text = fragment([
      "<interface type='network'>",
      "  <mac address='52:54:00:3d:1c:7a'/>",
      "  <source network='default' portid='5f2c1b0e-6a3d-4b8e-9c7f-0a1b2c3d4e5f' bridge='virbr0'/>",
      "  <target dev='vnet0'/>",
      "  <model type='virtio'/>",
      "  <driver name='vhost'/>",
      "  <alias name='net0'/>",
      "  <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>",
      '</interface>',
    ]);
    const found = lint(text).map(brief);
    assert.deepEqual(found.filter((b) => / error /.test(b)), []);
    assert.ok(found.includes('3:15-20 info libvirt-target-dev-reserved'), found.join());
  });

  it("libvirt-schema: txmode='bh' (QEMU's name) is offered as libvirt's 'iothread'", () => {
    const text = BRIDGE("<model type='virtio'/>", "<driver txmode='bh'/>");
    const [finding] = only(lint(text), 'libvirt-schema');
    assert.deepEqual(finding.data.fixes.map((f) => [f.title, f.isPreferred]), [["Change to 'iothread'", true]]);
    assert.equal(applyFix(text, finding), text.replace("'bh'", "'iothread'"));
  });

  it('host interface XML (virsh iface-define) and other XML get no findings', () => {
    assert.deepEqual(lint("<interface type='ethernet' name='eth0'>\n  <start mode='onboot'/>\n</interface>\n"), []);
    assert.deepEqual(lint("<interface type='bond' name='bond0'/>\n"), []);
  });
});
