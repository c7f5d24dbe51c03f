import type { Range } from 'vscode-languageserver-types';
import type { Settings } from '../../service/types';
import { isQethDevice, valueOf, type IfcfgFile } from './parser';
import { parseBoolean } from './keyTable';

/**
 * Keys whose value decides which checks apply to the rest of the file (read by the functions here
 * and by isQethDevice/netType): renaming a key into one of them can expose findings elsewhere.
 */
export const CONTEXT_KEYS: ReadonlySet<string> = new Set(['NETTYPE', 'TYPE', 'DEVICE', 'MASTER', 'BRIDGE', 'TEAM_MASTER', 'SLAVE']);

/** A device that only carries traffic for another one (bond slave, bridge or team port). */
function isPort(file: IfcfgFile): boolean {
  return Boolean(valueOf(file, 'MASTER') || valueOf(file, 'BRIDGE') || valueOf(file, 'TEAM_MASTER') || parseBoolean(valueOf(file, 'SLAVE') ?? '') === true);
}

/**
 * Devices the paper's MTU advice is about: IBM Z qeth devices, and with kvmtune.platform s390x
 * any Ethernet-typed device (a KVM guest's virtio NIC, a host bridge) that is not a port or loopback.
 */
export function mtuAdviceApplies(file: IfcfgFile, settings: Settings): boolean {
  if (isPort(file) || valueOf(file, 'DEVICE') === 'lo') return false;
  if (isQethDevice(file)) return true;
  const type = (valueOf(file, 'TYPE') ?? 'Ethernet').toLowerCase();
  return settings.platform === 's390x' && ['ethernet', 'bridge', 'bond'].includes(type) && file.assignments.length > 0;
}

/** Where a "missing setting" finding goes: the DEVICE name, else NETTYPE, else the first assignment. */
export function deviceAnchor(file: IfcfgFile): Range {
  const anchor = file.effective.get('DEVICE') ?? file.effective.get('NETTYPE') ?? file.assignments[0];
  return anchor ? anchor.property.nameRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function deviceName(file: IfcfgFile): string | undefined {
  return valueOf(file, 'DEVICE') || undefined;
}
