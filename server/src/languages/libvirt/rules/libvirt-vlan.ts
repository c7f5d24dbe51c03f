import type { Finding } from '../../../service/types';
import { attribute, attributeValue, child, children } from '../model';
import { interfaceRule } from './helpers';

export const vlan = interfaceRule({
  id: 'libvirt-vlan',
  defaultSeverity: 'error',
  summary: "<vlan> that libvirt rejects (no tag, two native tags, trunk='no' with several tags) or puts on a connection that cannot tag (Linux bridges before libvirt 11.0, MacVTap other than passthrough, …).",
  check: ({ element, type }) => {
    const tags = child(element, 'vlan');
    if (!tags || type === undefined) return [];
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const list = children(tags, 'tag');
    if (list.length === 0) findings.push({ range: tags.nameRange, message: '<vlan> needs at least one <tag id=…/>; libvirt rejects an empty one.' });
    const native = list.filter((t) => attribute(t, 'nativeMode'));
    if (native.length > 1) findings.push({ range: attribute(native[1], 'nativeMode')!.nameRange, message: 'Only one tag may carry nativeMode: libvirt reports "duplicate native vlan setting".' });
    const trunk = attribute(tags, 'trunk');
    if (trunk?.value === 'no' && (list.length > 1 || native.length > 0)) {
      findings.push({ range: trunk.valueRange, message: "trunk='no' contradicts several tags or a native tag (both make a trunk); libvirt rejects it." });
    }
    const portType = attributeValue(child(element, 'virtualport'), 'type');
    const mode = attributeValue(child(element, 'source'), 'mode');
    if (type === 'bridge' && portType !== 'openvswitch') {
      findings.push({
        range: tags.nameRange,
        severity: 'warning',
        message: "VLAN tags on a Linux bridge need libvirt 11.0 or later; older libvirt refuses to start the guest (\"vlan tag not supported for this connection type\"). On Open vSwitch add <virtualport type='openvswitch'/>.",
      });
    } else if (type === 'direct' && mode !== 'passthrough') {
      findings.push({ range: tags.nameRange, message: "On type='direct' VLAN tags work only with mode='passthrough'; libvirt refuses to start the guest (\"vlan tag not supported for this connection type\")." });
    } else if (!['network', 'bridge', 'direct', 'hostdev'].includes(type)) {
      findings.push({ range: tags.nameRange, message: `type='${type}' cannot carry VLAN tags; libvirt refuses to start the guest ("vlan tag not supported for this connection type").` });
    }
    return findings;
  },
});
