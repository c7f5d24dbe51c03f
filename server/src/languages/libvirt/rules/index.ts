import { bandwidth } from './bandwidth';
import { bridgeSource } from './bridgeSource';
import { driverIgnored } from './driverIgnored';
import { elementForType } from './elementForType';
import type { LibvirtRule } from './helpers';
import { missingMac } from './missingMac';
import { missingType } from './missingType';
import { mtuType } from './mtuType';
import { ovsOnDirect } from './ovsOnDirect';
import { paperDefaultNat } from './paperDefaultNat';
import { paperMacvtapMode } from './paperMacvtapMode';
import { paperMtu } from './paperMtu';
import { paperNetworkMode } from './paperNetworkMode';
import { paperOvs } from './paperOvs';
import { paperVhost } from './paperVhost';
import { paperVirtioModel } from './paperVirtioModel';
import { queueSize } from './queueSize';
import { schema } from './schema';
import { targetDev } from './targetDev';
import { vhostuserVdpa } from './vhostuserVdpa';
import { virtualport } from './virtualport';
import { vlan } from './vlan';
import { xmlSyntax } from './xmlSyntax';
import { zeroMac } from './zeroMac';

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
