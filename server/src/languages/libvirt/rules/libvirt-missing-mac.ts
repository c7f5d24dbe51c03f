import { child } from '../model';
import { insertChildFix, tag } from '../edits';
import { randomMac } from '../random';
import { interfaceRule } from './helpers';

export const missingMac = interfaceRule({
  id: 'libvirt-missing-mac',
  defaultSeverity: 'hint',
  summary: 'No <mac address>: libvirt generates one; the fix adds a random locally administered unicast MAC so the address is fixed in the file.',
  check: ({ element, type }, { doc, parsed }) => {
    if (child(element, 'mac') || type === undefined) return [];
    const fragment = parsed.kind === 'fragment';
    return [
      {
        range: element.nameRange,
        severity: fragment ? 'info' : undefined,
        message: fragment
          ? 'No <mac address>: every virsh attach-device of this fragment gets a new generated MAC, so the guest sees a new NIC each time (DHCP leases, udev names, firewall rules change).'
          : 'No <mac address>: libvirt generates one (52:54:00:…) when the domain is defined; copying this XML to another host gives another MAC.',
        fixes: [insertChildFix(doc, element, tag(element, 'mac', { address: randomMac() }), 'Add <mac address> with a random locally administered MAC')],
      },
    ];
  },
});
