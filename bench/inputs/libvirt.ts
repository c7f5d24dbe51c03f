import type { LanguageInputs } from './types';
import { attributeProbes } from './xmlProbes';

const HEAD = `<domain type='kvm'>
  <name>guest01</name>
  <uuid>a75aca4b-a02f-2bcb-4a91-c93cd848c34b</uuid>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>8388608</currentMemory>
  <vcpu placement='static'>8</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-8.2'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features>
    <acpi/>
    <apic/>
  </features>
  <cpu mode='host-passthrough' check='none'/>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>restart</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <!-- system disk on a local qcow2 image -->
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='none' io='native'/>
      <source file='/var/lib/libvirt/images/guest01.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>
    </disk>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='virtio-serial' index='0'/>
`;

const TAIL = `    <serial type='pty'>
      <target type='isa-serial' port='0'>
        <model name='isa-serial'/>
      </target>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <memballoon model='virtio'/>
  </devices>
</domain>
`;

const hex = (n: number) => (n & 0xff).toString(16).padStart(2, '0');
const mac = (i: number) => `52:54:00:${hex(i >> 16)}:${hex(i >> 8)}:${hex(i)}`;
const address = (i: number) => `      <address type='pci' domain='0x0000' bus='0x${hex(16 + (i >> 5))}' slot='0x${hex(i & 31)}' function='0x0'/>`;

/** One interface of about ten lines, cycling through the kinds a host with many guests networks uses. */
function networkInterface(i: number): string {
  // The odd finding, as in real files: an emulated NIC left over from an old template.
  if (i % 50 === 49) {
    return [`    <interface type='network'>`, `      <mac address='${mac(i)}'/>`, `      <source network='isolated'/>`, `      <model type='e1000'/>`,
      address(i), `    </interface>`].join('\n');
  }
  switch (i % 4) {
    case 0:
      return [`    <interface type='network'>`, `      <mac address='${mac(i)}'/>`, `      <source network='hostnet${i % 4}'/>`, `      <model type='virtio'/>`,
        `      <driver name='vhost' queues='4' rx_queue_size='1024'/>`, `      <mtu size='9000'/>`, address(i), `    </interface>`].join('\n');
    case 1:
      return [`    <interface type='bridge'>`, `      <mac address='${mac(i)}'/>`, `      <source bridge='br${i % 4}'/>`, `      <target dev='guest01-${i}'/>`,
        `      <model type='virtio'/>`, `      <driver name='vhost'/>`, `      <mtu size='9000'/>`, `      <bandwidth>`, `        <inbound average='100000' peak='200000' burst='1024'/>`, `        <outbound average='100000'/>`,
        `      </bandwidth>`, address(i), `    </interface>`].join('\n');
    case 2:
      return [`    <interface type='direct'>`, `      <mac address='${mac(i)}'/>`, `      <source dev='enc${600 + (i % 8)}' mode='bridge'/>`,
        `      <model type='virtio'/>`, `      <driver name='vhost' queues='2'/>`, address(i), `    </interface>`].join('\n');
    default:
      return [`    <!-- OVS uplink ${i} -->`, `    <interface type='bridge'>`, `      <mac address='${mac(i)}'/>`, `      <source bridge='ovsbr0'/>`,
        `      <virtualport type='openvswitch'>`, `        <parameters interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0a${hex(i >> 8)}${hex(i)}'/>`, `      </virtualport>`, `      <driver name='vhost'/>`, `      <mtu size='9000'/>`,
        `      <vlan>`, `        <tag id='${100 + (i % 3000)}'/>`, `      </vlan>`, `      <model type='virtio'/>`, address(i), `    </interface>`].join('\n');
  }
}

/** A domain with `interfaces` network interfaces. */
export function libvirtDomain(interfaces: number): string {
  return `${HEAD}${Array.from({ length: interfaces }, (_, i) => networkInterface(i)).join('\n')}\n${TAIL}`;
}

/** Lines per interface, on average over the four kinds. */
const LINES_PER_INTERFACE = 10;

export const libvirtInputs: LanguageInputs = {
  fileName: 'guest01.xml',
  typical: () => libvirtDomain(10),
  large: () => ({ what: '200-interface domain', text: libvirtDomain(200) }),
  lines: (n) => libvirtDomain(Math.max(1, Math.round(n / LINES_PER_INTERFACE))),
  probes: (text) => attributeProbes(text, "='"),
  pathological: [
    { what: 'n nested elements (n-deep)', operation: 'validate', text: (n) => `<domain type='kvm'>${'<metadata>'.repeat(n)}${'</metadata>'.repeat(n)}</domain>\n`, sizes: [1_000, 10_000, 100_000] },
    { what: 'one element with n attributes', operation: 'validate', text: (n) => `<domain type='kvm'><devices><interface type='network' ${Array.from({ length: n }, (_, i) => `a${i}='${i}'`).join(' ')}/></devices></domain>\n` },
    { what: 'a comment of n characters', operation: 'validate', text: (n) => `<domain type='kvm'><!--${'x'.repeat(n)}--><devices/></domain>\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'n interfaces without a close tag', operation: 'validate', text: (n) => `<domain type='kvm'><devices>${"<interface type='network'><source network='default'/>\n".repeat(n)}` },
  ],
};
