import { attribute, child } from '../model';
import { interfaceRule } from './helpers';

export const zeroMac = interfaceRule({
  id: 'libvirt-zero-mac',
  defaultSeverity: 'warning',
  summary: 'mac address 00:00:00:00:00:00 counts as "no address": libvirt generates a new one when the domain is defined.',
  check: ({ element }) => {
    const mac = child(element, 'mac');
    const address = mac ? attribute(mac, 'address') : undefined;
    if (!address || !/^0{1,2}(:0{1,2}){5}$/.test(address.value)) return [];
    return [
      {
        range: address.valueRange,
        message: 'libvirt treats 00:00:00:00:00:00 as unset and generates a new 52:54:00:… address at define time, so this MAC is not the one the guest gets. Remove <mac> or give a real locally administered address.',
      },
    ];
  },
});
