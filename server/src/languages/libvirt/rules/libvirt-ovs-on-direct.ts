import { attributeValue, child } from '../model';
import { removeElementFix } from '../edits';
import { interfaceRule } from './helpers';

export const ovsOnDirect = interfaceRule({
  id: 'libvirt-ovs-on-direct',
  defaultSeverity: 'error',
  summary: "<virtualport type='openvswitch'> (or midonet) on a MacVTap (type='direct') interface: accepted, then silently ignored.",
  check: ({ element, type }, { doc }) => {
    const port = child(element, 'virtualport');
    const portType = attributeValue(port, 'type');
    if (type !== 'direct' || !port || (portType !== 'openvswitch' && portType !== 'midonet')) return [];
    return [
      {
        range: port.nameRange,
        message: `<virtualport type='${portType}'> does nothing on type='direct': MacVTap attaches to the host NIC, not to a switch port, and libvirt only acts on 802.1Qbg/802.1Qbh profiles there. For Open vSwitch use type='bridge' with <source bridge='ovs-bridge'/>.`,
        fixes: [removeElementFix(doc, port, 'Remove <virtualport>')],
      },
    ];
  },
});
