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
    // vnet0, macvtap3, …: the name libvirt itself generated, as `virsh dumpxml` of a running guest shows it.
    const generated = new RegExp(`^${prefix}\\d+$`).test(dev.value);
    return [
      {
        range: dev.valueRange,
        severity: generated ? 'info' : undefined,
        message: generated
          ? `'${dev.value}' is a name libvirt generated (live XML from virsh dumpxml); defining this file drops it and the device gets a new generated name.`
          : `libvirt reserves names starting with '${prefix}' for devices it names itself, so '${dev.value}' is dropped when the domain is defined and the device gets a generated name. Choose another name (at most 15 characters) if scripts or monitoring rely on it.`,
      },
    ];
  },
});
