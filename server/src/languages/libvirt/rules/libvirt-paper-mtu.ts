import { attribute, child } from '../model';
import { insertChildFix, setAttributeFix, tag } from '../edits';
import { TABLE } from '../table';
import { interfaceRule, isQemuGuest, virtioState } from './helpers';

const PAPER_MTU = Number(TABLE.elements.mtu.paper!.value);

export const paperMtu = interfaceRule({
  id: 'libvirt-paper-mtu',
  defaultSeverity: 'warning',
  fromPaper: true,
  qemuOnly: true,
  summary: "The paper's large MTU (<mtu size='8192'/>) on bridge and network interfaces with virtio; for MacVTap the MTU is set on the host NIC and in the guest instead.",
  check: (iface, { doc, parsed, settings }) => {
    const { element, type } = iface;
    if ((type !== 'bridge' && type !== 'network') || !isQemuGuest(parsed) || virtioState(iface, parsed, settings.platform) === 'no') return [];
    const mtu = child(element, 'mtu');
    const size = mtu ? attribute(mtu, 'size') : undefined;
    const reason = TABLE.elements.mtu.paper!.reason;
    const host = type === 'bridge' ? 'the host bridge and its uplink NIC' : "the network's bridge and uplink";
    if (!mtu) {
      return [
        {
          range: element.nameRange,
          severity: 'info',
          message: `No <mtu>: the tap device takes the bridge's MTU (usually 1500). ${reason} <mtu size='${PAPER_MTU}'/> sets the tap and tells a virtio guest; ${host} must be at least as large.`,
          fixes: [insertChildFix(doc, element, tag(element, 'mtu', { size: String(PAPER_MTU) }), `Add <mtu size='${PAPER_MTU}'/>`)],
        },
      ];
    }
    const value = size ? Number(size.value) : NaN;
    if (!size || !Number.isInteger(value) || value >= PAPER_MTU || value < 68) return [];
    return [
      {
        range: size.valueRange,
        message: `MTU ${value} is below the paper's ${PAPER_MTU}. ${reason} ${host[0].toUpperCase()}${host.slice(1)} must allow it too.`,
        fixes: [setAttributeFix(mtu, 'size', String(PAPER_MTU), `Use ${PAPER_MTU}`)],
      },
    ];
  },
});
