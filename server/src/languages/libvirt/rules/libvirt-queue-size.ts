import type { Finding } from '../../../service/types';
import { attribute, child } from '../model';
import { QEMU } from '../table';
import { interfaceRule } from './helpers';

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

export const queueSize = interfaceRule({
  id: 'libvirt-queue-size',
  defaultSeverity: 'error',
  qemuOnly: true,
  summary: "rx_queue_size/tx_queue_size that are not powers of two (libvirt rejects them) or outside QEMU's limits (rx 256-1024; tx 256 except vhost-user/vDPA).",
  check: ({ element, type }) => {
    const driver = child(element, 'driver');
    if (!driver) return [];
    const findings: Omit<Finding, 'ruleId'>[] = [];
    for (const name of ['rx_queue_size', 'tx_queue_size'] as const) {
      const a = attribute(driver, name);
      if (!a || !/^[0-9]+$/.test(a.value)) continue;
      const value = Number(a.value);
      if (value === 0) continue; // the schema reports 0
      if (!isPowerOfTwo(value)) {
        findings.push({ range: a.valueRange, message: `${name} has to be a power of two; libvirt refuses to define the domain with ${value} (try ${nearestPowerOfTwo(value)}).` });
        continue;
      }
      const limits = name === 'rx_queue_size' ? QEMU.rxQueueSize : { min: QEMU.txQueueSize.min, max: type === 'vhostuser' || type === 'vdpa' ? QEMU.txQueueSize.maxVhostUser : QEMU.txQueueSize.max };
      if (value < limits.min || value > 1024) {
        findings.push({ range: a.valueRange, message: `QEMU refuses to start with ${name}=${value}: it must be between ${limits.min} and 1024.` });
      } else if (value > limits.max) {
        findings.push({
          range: a.valueRange,
          severity: 'warning',
          message: `QEMU silently caps tx_queue_size at ${limits.max} unless the backend is vhost-user or vDPA; libvirt accepts ${value} on type='${type}', but the guest gets ${limits.max}.`,
        });
      }
    }
    return findings;
  },
});

function nearestPowerOfTwo(value: number): number {
  const lower = 2 ** Math.floor(Math.log2(value));
  return value - lower <= lower * 2 - value ? lower : lower * 2;
}
