import type { Finding } from '../../../service/types';
import { attribute, child, children } from '../model';
import { QEMU } from '../table';
import { interfaceRule, listOf } from './helpers';

export const bandwidth = interfaceRule({
  id: 'libvirt-bandwidth',
  defaultSeverity: 'error',
  summary: '<bandwidth> that libvirt rejects: a direction without average or floor, peak/burst without average, floor outside inbound of type=network, classID, or QoS on a type that has none.',
  check: ({ element, type }, { parsed }) => {
    const qos = child(element, 'bandwidth');
    if (!qos || type === undefined) return [];
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const classId = attribute(qos, 'classID');
    if (classId) findings.push({ range: classId.nameRange, message: "classID is only for libvirt's own network status XML; domain XML with it is rejected." });
    if (type === 'hostdev') findings.push({ range: qos.nameRange, message: `interface - bandwidth settings are not supported for hostdev interfaces: libvirt refuses to start the guest.` });
    else if (parsed.domainType !== 'xen' && !QEMU.bandwidthTypes.includes(type) && type !== 'network') {
      findings.push({ range: qos.nameRange, severity: 'warning', message: `<bandwidth> on type='${type}' has no effect: libvirt applies QoS only to ${listOf(QEMU.bandwidthTypes)} interfaces.` });
    }
    for (const direction of [...children(qos, 'inbound'), ...children(qos, 'outbound')]) {
      const has = (name: string) => attribute(direction, name) !== undefined;
      if (!has('average') && !has('floor')) {
        findings.push({ range: direction.nameRange, message: `<${direction.name}> needs 'average' (or 'floor'): libvirt rejects it ("Missing mandatory average or floor attributes").` });
      }
      if (!has('average')) {
        for (const name of ['peak', 'burst']) {
          const a = attribute(direction, name);
          if (a) findings.push({ range: a.nameRange, message: `'${name}' needs 'average' in the same <${direction.name}>: libvirt rejects it ("'peak' and 'burst' require 'average' attribute").` });
        }
      }
      const floor = attribute(direction, 'floor');
      if (floor && (direction.name !== 'inbound' || type !== 'network')) {
        findings.push({ range: floor.nameRange, message: `'floor' works only on <inbound> of type='network' interfaces; libvirt rejects it here ("floor attribute is not supported for this config").` });
      }
    }
    return findings;
  },
});
