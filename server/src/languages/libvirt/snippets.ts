import { randomMac, randomUuid } from './random';

export interface Stanza {
  label: string;
  description: string;
  /** LSP snippet syntax; the MAC and interfaceid are generated for each completion. */
  body: string;
}

/**
 * The paper's three guest stanzas (Linux bridge, Open vSwitch, MacVTap in bridge mode), each with
 * virtio and vhost-net. Served by the server's completion inside `<devices>` of libvirt domain files,
 * so other XML files do not get them.
 */
export function paperStanzas(): Stanza[] {
  return [
    {
      label: 'interface: Linux bridge (virtio + vhost)',
      description: "The paper's Linux bridge stanza: a tap device on host bridge `br0`, virtio model, vhost-net.",
      body: [`<interface type='bridge'>`, `  <mac address='${randomMac()}'/>`, `  <source bridge='\${1:br0}'/>`, `  <model type='virtio'/>`, `  <driver name='vhost'/>`, `</interface>$0`].join('\n'),
    },
    {
      label: 'interface: Open vSwitch (virtio + vhost)',
      description: "The paper's Open vSwitch stanza: `<virtualport type='openvswitch'>` with a generated interfaceid UUID.",
      body: [
        `<interface type='bridge'>`,
        `  <mac address='${randomMac()}'/>`,
        `  <source bridge='\${1:ovsbr0}'/>`,
        `  <virtualport type='openvswitch'>`,
        `    <parameters interfaceid='${randomUuid()}'/>`,
        `  </virtualport>`,
        `  <model type='virtio'/>`,
        `  <driver name='vhost'/>`,
        `</interface>$0`,
      ].join('\n'),
    },
    {
      label: 'interface: MacVTap bridge mode (virtio + vhost)',
      description: "The paper's MacVTap stanza: `type='direct'` on a host NIC in `mode='bridge'`, so guests on the same NIC reach each other. The host itself cannot reach these guests over that NIC.",
      body: [`<interface type='direct'>`, `  <mac address='${randomMac()}'/>`, `  <source dev='\${1:eth0}' mode='bridge'/>`, `  <model type='virtio'/>`, `  <driver name='vhost'/>`, `</interface>$0`].join('\n'),
    },
  ];
}
