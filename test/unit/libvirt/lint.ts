import { setRandomSource } from '../../../server/src/languages/libvirt/random';
import { severityName } from '../../../server/src/service/diagnostics';
import type { KvmDiagnostic } from '../../../server/src/service/types';
import { harnessFor } from '../../support/languageHarness';

export { brief, only, service, settings } from '../../support/languageHarness';

const libvirt = harnessFor('xml', 'file:///etc/libvirt/qemu/guest.xml');
export const xmlDoc = libvirt.doc;
export const lint = libvirt.lint;
export const applyFix = libvirt.applyFix;

/** Makes generated MACs and UUIDs predictable: byte i of every request is `seed + i`. */
export function fixedRandom(seed = 0x10): void {
  setRandomSource((count) => Uint8Array.from({ length: count }, (_, i) => (seed + i) & 0xff));
}

export function errors(diagnostics: KvmDiagnostic[]): KvmDiagnostic[] {
  return diagnostics.filter((d) => severityName(d.severity) === 'error');
}

/** A bare interface fragment wrapped the way the truth table's files are. */
export function fragment(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
