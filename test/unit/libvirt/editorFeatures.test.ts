import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { libvirtSupport } from '../../../server/src/languages/libvirt/support';
import { parseLibvirtText } from '../../../server/src/languages/libvirt/parser';
import { setRandomSource } from '../../../server/src/languages/libvirt/random';
import { fixedRandom, settings, xmlDoc } from './lint';

const STANZA = [
  '<domain type="kvm">',
  '  <devices>',
  "    <interface type='direct'>",
  "      <source dev='eth0' mode='vepa'/>",
  "      <model type='virtio'/>",
  "      <driver name='vhost' queues='4'/>",
  "      <mtu size='8192'/>",
  '    </interface>',
  '  </devices>',
  '</domain>',
  '',
].join('\n');

function hoverAt(text: string, line: number, character: number, overrides = {}): string | undefined {
  const doc = xmlDoc(text);
  const hover = libvirtSupport.hover(doc, libvirtSupport.parse(doc), { line, character }, settings(overrides));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

function completeAt(text: string, line: number, character: number): string[] {
  const doc = xmlDoc(text);
  return libvirtSupport.complete(doc, libvirtSupport.parse(doc), { line, character }, settings()).map((i) => i.label);
}

describe('libvirt hover', () => {
  it('an element: its summary and the release that added it', () => {
    const text = hoverAt(STANZA, 6, 8)!;
    assert.match(text, /^\*\*<mtu>\*\* — MTU of the host tap device/);
    assert.match(text, /- Versions: since libvirt 3\.1\.0/);
    assert.match(text, /\*\*IBM paper:\*\* `8192`\./);
  });

  it('an attribute name: the shared table renderer with values and versions', () => {
    const text = hoverAt(STANZA, 5, 28)!;
    assert.match(text, /^\*\*driver\/@queues\*\* — integer/);
    assert.match(text, /- Range: 1 to 4294967295/);
    assert.match(text, /- Versions: since libvirt 1\.0\.6/);
  });

  it("type='direct': MacVTap's host-to-guest limitation and the second-interface workaround", () => {
    const text = hoverAt(STANZA, 2, 22)!;
    assert.match(text, /MacVTap: a macvtap device on a host NIC/);
    assert.match(text, /the host cannot talk to its own guests over the same host NIC unless the external switch does hairpin; the paper's workaround is a second host interface/);
    assert.match(text, /\*\*MTU:\*\* `<mtu>` is refused here; for the paper's 8192 raise the host NIC's MTU/);
  });

  it("driver name='vhost': vhost-net vs userspace virtio-net and the silent fallback", () => {
    const text = hoverAt(STANZA, 5, 22)!;
    assert.match(text, /In-kernel vhost-net/);
    assert.match(text, /silently falls back to QEMU otherwise; naming `vhost` turns that silent fallback into an error at start/);
  });

  it("mode='vepa' says what vepa means and the paper's setting", () => {
    const text = hoverAt(STANZA, 3, 34)!;
    assert.match(text, /^\*\*source\/@mode\*\* = `vepa`\n\nDefault\. Every frame goes out to the external switch/);
    assert.match(text, /All the paper's MacVTap measurements used mode='bridge'/);
  });

  it('the workload setting adds the paper recommendation to the type hover', () => {
    const bridge = STANZA.replace("type='direct'", "type='bridge'");
    assert.match(hoverAt(bridge, 2, 22, { workload: 'transactional' })!, /\*\*For kvmtune\.workload 'transactional':\*\* the paper recommends MacVTap/);
    assert.doesNotMatch(hoverAt(bridge, 2, 22)!, /For kvmtune\.workload/);
  });

  it('a model value: what libvirt knows about it; unknown models are passed through', () => {
    assert.match(hoverAt(STANZA, 4, 20)!, /Paravirtualised virtio-net/);
    assert.match(hoverAt(STANZA.replace("'virtio'", "'ne2k_pci'"), 4, 20)!, /Not a model libvirt knows/);
  });

  it('nothing outside guest interfaces', () => {
    assert.equal(hoverAt(STANZA, 0, 3), undefined);
    assert.equal(hoverAt(STANZA, 1, 4), undefined);
  });
});

describe('libvirt completion', () => {
  beforeEach(() => fixedRandom());
  afterEach(() => setRandomSource(undefined));

  it('element names inside <interface> and inside <driver>', () => {
    const names = completeAt("<interface type='bridge'>\n  <m\n</interface>\n", 1, 4);
    assert.ok(names.includes('mac') && names.includes('model') && names.includes('mtu') && names.includes('virtualport'), names.join());
    assert.deepEqual(completeAt("<interface type='bridge'>\n  <driver>\n    <h\n  </driver>\n</interface>\n", 2, 6), ['host', 'guest']);
  });

  it("attributes of <source> depend on the type; present ones are not offered again", () => {
    assert.deepEqual(completeAt("<interface type='direct'>\n  <source dev='eth0' />\n</interface>\n", 1, 21), ['mode', 'network', 'portgroup', 'portid']);
  });

  it('values: interface types, MacVTap modes (bridge first), models (virtio first), driver names (vhost first), a generated interfaceid', () => {
    assert.equal(completeAt("<interface type=''/>\n", 0, 17).length, 15);
    assert.equal(completeAt("<interface type='direct'>\n  <source mode=''/>\n</interface>\n", 1, 16)[0], 'vepa');
    const doc = xmlDoc("<interface type='direct'>\n  <source mode=''/>\n</interface>\n");
    const items = libvirtSupport.complete(doc, libvirtSupport.parse(doc), { line: 1, character: 16 }, settings());
    assert.equal(items.find((i) => i.sortText === '000')?.label, 'bridge');
    assert.equal(completeAt("<interface type='bridge'>\n  <model type=''/>\n</interface>\n", 1, 15)[0], 'virtio');
    assert.deepEqual(completeAt("<interface type='bridge'>\n  <virtualport>\n    <parameters interfaceid=''/>\n  </virtualport>\n</interface>\n", 2, 29), ['10111213-1415-4617-9819-1a1b1c1d1e1f']);
    assert.deepEqual(completeAt("<interface type='bridge'>\n  <mac address=''/>\n</interface>\n", 1, 16), ['12:11:12:13:14:15']);
  });

  it('in element content: whole tags with their required attributes as tab stops', () => {
    const doc = xmlDoc("<interface type='direct'>\n  \n</interface>\n");
    const items = libvirtSupport.complete(doc, libvirtSupport.parse(doc), { line: 1, character: 2 }, settings());
    assert.equal(items.find((i) => i.label === '<mac>')?.insertText, "<mac address='${1}'/>$0");
    assert.equal(items.find((i) => i.label === '<source>')?.insertText, "<source dev='${1}'/>$0");
    assert.equal(items.find((i) => i.label === '<driver>')?.insertText, '<driver/>$0');
  });

  it('a value completion replaces the whole attribute value', () => {
    const doc = xmlDoc("<interface type='bridge'>\n  <mac address='52:54'/>\n</interface>\n");
    const [item] = libvirtSupport.complete(doc, libvirtSupport.parse(doc), { line: 1, character: 19 }, settings());
    assert.deepEqual(item.textEdit, { range: { start: { line: 1, character: 16 }, end: { line: 1, character: 21 } }, newText: '12:11:12:13:14:15' });
  });

  it("the paper's three stanzas inside <devices>", () => {
    const labels = completeAt('<domain type="kvm">\n  <devices>\n    \n  </devices>\n</domain>\n', 2, 4);
    assert.deepEqual(labels, ['interface: Linux bridge (virtio + vhost)', 'interface: Open vSwitch (virtio + vhost)', 'interface: MacVTap bridge mode (virtio + vhost)']);
    const doc = xmlDoc('<domain type="kvm">\n  <devices>\n    \n  </devices>\n</domain>\n');
    const ovs = libvirtSupport.complete(doc, libvirtSupport.parse(doc), { line: 2, character: 4 }, settings())[1];
    assert.equal(
      ovs.insertText,
      "<interface type='bridge'>\n  <mac address='12:11:12:13:14:15'/>\n  <source bridge='${1:ovsbr0}'/>\n  <virtualport type='openvswitch'>\n    <parameters interfaceid='10111213-1415-4617-9819-1a1b1c1d1e1f'/>\n  </virtualport>\n  <model type='virtio'/>\n  <driver name='vhost'/>\n</interface>$0",
    );
  });
});

describe('libvirt parsing and detection', () => {
  it('a domain: every devices/interface, the domain type and architecture', () => {
    const parsed = parseLibvirtText("<domain type='kvm'><os><type arch='s390x'>hvm</type></os><devices><interface type='bridge'/><disk/><interface type='direct'/></devices></domain>");
    assert.equal(parsed.kind, 'domain');
    assert.deepEqual(parsed.interfaces.map((i) => i.type), ['bridge', 'direct']);
    assert.equal(parsed.domainType, 'kvm');
    assert.equal(parsed.arch, 's390x');
  });

  it('a bare guest fragment is checked; host interface XML and other roots are not', () => {
    assert.equal(parseLibvirtText("<interface type='bridge'><source bridge='br0'/></interface>").kind, 'fragment');
    assert.equal(parseLibvirtText("<interface type='ethernet' name='eth0'><start mode='onboot'/></interface>").kind, 'none');
    assert.equal(parseLibvirtText("<interface type='bridge'><bridge stp='off'/></interface>").kind, 'none');
    assert.equal(parseLibvirtText('<network><name>default</name></network>').kind, 'none');
  });

  it('survives half-typed, binary, huge and CR-only input without throwing', () => {
    for (const text of ["<interface type='bri", '<domain><devices><interface', '\u0000\u0001<<>>&&', "<interface type='bridge'>\r<mac address='52:54:00:00:00:01'/>\r</interface>", '<a>'.repeat(20000), `<interface type='bridge'>${'<driver>'.repeat(20000)}`]) {
      const doc = xmlDoc(text);
      const parsed = libvirtSupport.parse(doc);
      for (const rule of libvirtSupport.rules) rule.check({ doc, parsed, settings: settings() });
      libvirtSupport.hover(doc, parsed, { line: 0, character: 3 }, settings());
      libvirtSupport.complete(doc, parsed, { line: 0, character: 3 }, settings());
    }
  });

  it('symbols: one per interface with its source and model', () => {
    const doc = xmlDoc(STANZA);
    assert.deepEqual(libvirtSupport.symbols(doc, libvirtSupport.parse(doc)).map((s) => [s.name, s.detail]), [['interface direct eth0 (vepa)', 'model virtio']]);
  });
});

describe('libvirt completion paths', () => {
  it('names the element path below the interface in order, also at the bottom of 100,000 nested elements', () => {
    const host = "<domain type='kvm'><devices><interface type='network'><driver><host ";
    const labels = (text: string) => {
      const doc = xmlDoc(text);
      return libvirtSupport.complete(doc, libvirtSupport.parse(doc), doc.positionAt(text.length), settings()).map((c) => c.label);
    };
    assert.ok(labels(host).includes('csum'), JSON.stringify(labels(host)));
    // Inside the innermost of 100,000 nested elements (a <devices>): the interface stanzas.
    assert.deepEqual(labels(`<domain type='kvm'>  <devices>\n`.repeat(50_000)), [
      'interface: Linux bridge (virtio + vhost)',
      'interface: Open vSwitch (virtio + vhost)',
      'interface: MacVTap bridge mode (virtio + vhost)',
    ]);
  });
});
