import { attribute, child } from '../model';
import { removeElementFix } from '../edits';
import { QEMU } from '../table';
import { hasPasstBackend, interfaceRule, listOf } from './helpers';

export const mtuType = interfaceRule({
  id: 'libvirt-mtu-type',
  defaultSeverity: 'error',
  qemuOnly: true,
  summary: "<mtu> on an interface type QEMU cannot set it for (direct/MacVTap, hostdev, …) is rejected; an MTU below 68 is one Linux refuses.",
  check: ({ element, type }, { doc }) => {
    const mtu = child(element, 'mtu');
    if (!mtu || type === undefined) return [];
    const passt = hasPasstBackend(element);
    const supported = QEMU.mtuTypes.includes(type) || (type === 'user' && passt);
    if (!supported) {
      const advice =
        type === 'direct'
          ? ' For MacVTap the MTU belongs on the host NIC (ip link set <dev> mtu 8192; the macvtap device cannot exceed it) and inside the guest.'
          : '';
      return [
        {
          range: mtu.nameRange,
          message: `libvirt's QEMU driver rejects <mtu> on type='${type}' ("setting MTU on interface type ${type} is not supported yet"); it supports ${listOf(QEMU.mtuTypes)} and user with passt.${advice}`,
          fixes: [removeElementFix(doc, mtu, 'Remove <mtu>')],
        },
      ];
    }
    const size = attribute(mtu, 'size');
    const value = size ? Number(size.value) : NaN;
    if (size && Number.isInteger(value) && value >= 0 && value < QEMU.minMtu) {
      return [{ range: size.valueRange, severity: 'warning', message: `An MTU of ${value} is below Linux's minimum of ${QEMU.minMtu} for Ethernet devices: setting it on the tap device fails.` }];
    }
    return [];
  },
});
