import type { Finding } from '../../../service/types';
import { attribute, attributeValue, child, childAttribute, children, type LibvirtDoc, type LvElement, type LvInterface } from '../model';
import { QEMU } from '../table';
import { hasPasstBackend, interfaceRule, isQemuGuest, listOf } from './helpers';

interface Placement {
  /** The element or attribute the check is about, when present. */
  find(element: LvElement): { range: LvElement['nameRange'] } | undefined;
  what: string;
  allowed(iface: LvInterface): boolean;
  where: string;
  /** libvirt's words, or what happens. */
  outcome: string;
  qemuOnly?: boolean;
}

const el = (name: string) => (element: LvElement) => {
  const found = child(element, name);
  return found ? { range: found.nameRange } : undefined;
};
const attr = (elementName: string, name: string, value?: string) => (element: LvElement) => {
  const a = childAttribute(element, elementName, name);
  return a && (value === undefined || a.value === value) ? { range: a.nameRange } : undefined;
};
const typeIn = (types: readonly string[]) => (iface: LvInterface) => iface.type !== undefined && types.includes(iface.type);
const passtUser = (iface: LvInterface) => (iface.type === 'user' || iface.type === 'vhostuser') && hasPasstBackend(iface.element);

const PLACEMENTS: Placement[] = [
  { find: el('coalesce'), what: '<coalesce>', allowed: typeIn(QEMU.coalesceTypes), where: 'network and bridge', outcome: 'coalesce settings on interface type %s are not supported', qemuOnly: true },
  { find: attr('backend', 'tap'), what: '<backend tap=…>', allowed: typeIn(QEMU.backendTapTypes), where: 'network, bridge and ethernet', outcome: 'custom tap device path is not supported for network interfaces of type %s', qemuOnly: true },
  { find: attr('backend', 'type', 'passt'), what: "<backend type='passt'>", allowed: typeIn(['user', 'vhostuser']), where: 'user (and vhostuser from libvirt 11.1)', outcome: "The 'passt' backend can only be used with interface type='user'" },
  { find: el('script'), what: '<script>', allowed: typeIn(QEMU.scriptTypes), where: 'ethernet', outcome: 'scripts are not supported on interfaces of type %s', qemuOnly: true },
  { find: el('downscript'), what: '<downscript>', allowed: typeIn(QEMU.scriptTypes), where: 'ethernet', outcome: 'scripts are not supported on interfaces of type %s', qemuOnly: true },
  { find: el('portForward'), what: '<portForward>', allowed: passtUser, where: "type='user' with <backend type='passt'/>", outcome: "The <portForward> element can only be used with <interface type='user'> and its 'passt' backend" },
  { find: el('ip'), what: 'A guest-side <ip>', allowed: typeIn(['user', 'vhostuser']), where: 'user (and vhostuser with passt)', outcome: 'Invalid attempt to set network interface guest-side IP route and/or address info, not supported by QEMU', qemuOnly: true },
  { find: el('route'), what: 'A guest-side <route>', allowed: typeIn(['user', 'vhostuser']), where: 'user with passt', outcome: 'Invalid attempt to set network interface guest-side IP route and/or address info, not supported by QEMU', qemuOnly: true },
  { find: el('filterref'), what: '<filterref>', allowed: typeIn(QEMU.filterrefTypes), where: 'network, bridge and ethernet', outcome: 'libvirt does not even read it here, so the filter is silently not applied' },
  { find: attr('target', 'managed', 'no'), what: "<target managed='no'>", allowed: typeIn(['ethernet']), where: 'ethernet', outcome: "unmanaged target dev is not supported on interfaces of type '%s'" },
  { find: el('port'), what: '<port>', allowed: typeIn(['network', 'bridge']), where: 'network and bridge (Linux bridge)', outcome: 'isolated ports exist only on a Linux bridge' },
];

export const elementForType = interfaceRule({
  id: 'libvirt-element-for-type',
  defaultSeverity: 'error',
  summary: 'Elements libvirt accepts only on some interface types: coalesce, backend tap/passt, script, portForward, guest-side ip/route, filterref, unmanaged target, port, multiqueue, teaming and ROM rules.',
  check: (iface, { parsed }) => {
    if (iface.type === undefined) return [];
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const qemu = isQemuGuest(parsed);
    for (const placement of PLACEMENTS) {
      if (placement.qemuOnly && !qemu) continue;
      const found = placement.find(iface.element);
      if (!found || placement.allowed(iface)) continue;
      findings.push({
        range: found.range,
        message: `${placement.what} works only on ${placement.where} interfaces, not on type='${iface.type}': ${placement.outcome.replace('%s', iface.type)}.`,
      });
    }
    return [...findings, ...crossChecks(iface, parsed)];
  },
});

function crossChecks(iface: LvInterface, parsed: LibvirtDoc): Omit<Finding, 'ruleId'>[] {
  const findings: Omit<Finding, 'ruleId'>[] = [];
  const { element, type } = iface;
  const portType = attributeValue(child(element, 'virtualport'), 'type');
  const isolated = childAttribute(element, 'port', 'isolated');
  if (isolated?.value === 'yes' && portType) {
    findings.push({ range: isolated.nameRange, message: `<port isolated='yes'/> is not supported for network interfaces with virtualport type='${portType}'.` });
  }
  const filter = child(element, 'filterref');
  if (filter && portType && isQemuGuest(parsed) && type !== undefined && QEMU.filterrefTypes.includes(type)) {
    findings.push({ range: filter.nameRange, message: `filterref is not supported for network interfaces with virtualport type ${portType}: nwfilter works on Linux-bridge taps only.` });
  }
  const queues = childAttribute(element, 'driver', 'queues');
  if (queues && Number(queues.value) > 1 && type !== 'hostdev' && !QEMU.multiqueueTypes.includes(type!)) {
    findings.push({ range: queues.nameRange, message: `interface - multiqueue is not supported for network interfaces of type ${type}; it works on ${listOf(QEMU.multiqueueTypes)}.` });
  }
  const driverName = childAttribute(element, 'driver', 'name');
  const hostdevDrivers = ['kvm', 'vfio', 'xen'];
  if (driverName && type !== undefined && (type === 'hostdev') !== hostdevDrivers.includes(driverName.value) && [...hostdevDrivers, 'qemu', 'vhost'].includes(driverName.value)) {
    const expected = type === 'hostdev' ? "'vfio' (or 'kvm', 'xen')" : "'vhost' or 'qemu'";
    findings.push({ range: driverName.valueRange, message: `driver name='${driverName.value}' does not fit type='${type}', which takes ${expected}: libvirt reports "Invalid value for attribute 'name' in element 'driver'".` });
  }
  const trust = attribute(element, 'trustGuestRxFilters');
  if (trust?.value === 'yes' && type !== 'direct' && type !== 'network') {
    findings.push({ range: trust.nameRange, severity: 'warning', message: `trustGuestRxFilters works only with MacVTap (type='direct') and the virtio model; on type='${type}' libvirt ignores it (since 10.1 it says so in the log).` });
  }
  const rom = child(element, 'rom');
  if (rom && attributeValue(rom, 'enabled') === 'no') {
    for (const name of ['bar', 'file']) {
      const a = attribute(rom, name);
      if (a) findings.push({ range: a.nameRange, message: `ROM tuning is not supported when ROM is disabled: drop '${name}' or enabled='no'.` });
    }
  }
  for (const team of children(element, 'teaming')) {
    const teamType = attributeValue(team, 'type');
    const persistent = attribute(team, 'persistent');
    if (teamType === 'transient' && !persistent) findings.push({ range: team.nameRange, message: "<teaming type='transient'> needs persistent='<alias of the virtio member>'; libvirt rejects it." });
    if (teamType === 'persistent' && persistent) findings.push({ range: persistent.nameRange, message: "'persistent' belongs only on <teaming type='transient'>; libvirt rejects it here." });
  }
  return findings;
}
