import { attribute, child } from '../model';
import { QEMU } from '../table';
import { interfaceRule } from './helpers';

export const targetDev = interfaceRule({
  id: 'libvirt-target-dev-reserved',
  defaultSeverity: 'warning',
  summary: "<target dev> starting with vnet, macvtap, macvlan or vif: libvirt throws the name away when the domain is defined and picks its own.",
  check: ({ element }) => {
    const target = child(element, 'target');
    const dev = target ? attribute(target, 'dev') : undefined;
    if (!target || !dev || attribute(target, 'managed')?.value === 'no') return [];
    const prefix = QEMU.reservedTargetPrefixes.find((p) => dev.value.startsWith(p));
    if (!prefix) return [];
    return [
      {
        range: dev.valueRange,
        message: `libvirt reserves names starting with '${prefix}' for devices it names itself, so '${dev.value}' is dropped when the domain is defined and the device gets a generated name. Choose another name (at most 15 characters) if scripts or monitoring rely on it.`,
      },
    ];
  },
});
