import { bandwidth } from './libvirt-bandwidth';
import { bridgeSource } from './libvirt-bridge-source';
import { driverIgnored } from './libvirt-driver-needs-virtio';
import { elementForType } from './libvirt-element-for-type';
import type { LibvirtRule } from './helpers';
import { missingMac } from './libvirt-missing-mac';
import { missingType } from './libvirt-missing-type';
import { mtuType } from './libvirt-mtu-type';
import { ovsOnDirect } from './libvirt-ovs-on-direct';
import { paperDefaultNat } from './libvirt-paper-default-nat';
import { paperMacvtapMode } from './libvirt-paper-macvtap-mode';
import { paperMtu } from './libvirt-paper-mtu';
import { paperNetworkMode } from './libvirt-paper-network-mode';
import { paperOvs } from './libvirt-paper-ovs-virtualport';
import { paperVhost } from './libvirt-paper-vhost';
import { paperVirtioModel } from './libvirt-paper-virtio-model';
import { queueSize } from './libvirt-queue-size';
import { schema } from './libvirt-schema';
import { targetDev } from './libvirt-target-dev-reserved';
import { vhostuserVdpa } from './libvirt-vhostuser-vdpa';
import { virtualport } from './libvirt-virtualport';
import { vlan } from './libvirt-vlan';
import { xmlSyntax } from './libvirt-xml-syntax';
import { zeroMac } from './libvirt-zero-mac';

/** Every libvirt rule: syntax, schema, libvirt's C checks, then the paper's advice. */
export const libvirtRules: readonly LibvirtRule[] = [
  xmlSyntax,
  schema,
  missingType,
  bridgeSource,
  mtuType,
  virtualport,
  ovsOnDirect,
  driverIgnored,
  queueSize,
  zeroMac,
  bandwidth,
  vlan,
  elementForType,
  vhostuserVdpa,
  targetDev,
  missingMac,
  paperVhost,
  paperVirtioModel,
  paperMacvtapMode,
  paperOvs,
  paperDefaultNat,
  paperNetworkMode,
  paperMtu,
];
