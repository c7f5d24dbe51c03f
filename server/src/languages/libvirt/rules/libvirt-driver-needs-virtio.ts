import type { Finding } from '../../../service/types';
import { attribute, child, type LvElement } from '../model';
import { interfaceRule, modelOf, virtioState } from './helpers';

/** Read by libvirt only for virtio models; silently dropped otherwise. */
const VIRTIO_ONLY = ['name', 'txmode', 'ioeventfd', 'event_idx', 'queues', 'rx_queue_size', 'tx_queue_size', 'rss', 'rss_hash_report'];
/** Read for every model and rejected by validation when the model is not virtio. */
const TRANSPORT = ['iommu', 'ats', 'packed', 'page_per_vq'];

export const driverIgnored = interfaceRule({
  id: 'libvirt-driver-needs-virtio',
  defaultSeverity: 'error',
  summary: '<driver> options with a model that is not virtio: name, queues, ring sizes and offloads are silently dropped; iommu/ats/packed/page_per_vq are rejected.',
  check: (iface, { parsed, settings }) => {
    const driver = child(iface.element, 'driver');
    if (!driver || iface.type === 'hostdev') return [];
    const state = virtioState(iface, parsed, settings.platform);
    if (state === 'yes') return [];
    const model = modelOf(iface);
    const modelText = model === undefined ? 'no <model> (QEMU then picks rtl8139 on x86)' : `model '${model}'`;
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const dropped = [
      ...driver.attributes.filter((a) => VIRTIO_ONLY.includes(a.name)).map((a) => ({ name: a.name, range: a.nameRange })),
      ...['host', 'guest'].flatMap((name) => namedChild(driver, name)).map((e) => ({ name: `<${e.name}>`, range: e.nameRange })),
    ];
    for (const { name, range } of dropped) {
      findings.push({
        range,
        severity: state === 'unknown' ? 'warning' : undefined,
        message:
          state === 'unknown'
            ? `${name} is read only for virtio models; with ${modelText} libvirt silently drops it unless the guest is s390x or another machine whose default is virtio. Add <model type='virtio'/>.`
            : `${name} is read only for virtio models; with ${modelText} libvirt silently drops it (no error, no effect). Use <model type='virtio'/> or remove it.`,
      });
    }
    if (state === 'no') {
      for (const name of TRANSPORT) {
        const a = attribute(driver, name);
        if (a) findings.push({ range: a.nameRange, message: `libvirt rejects ${name} with ${modelText}: "${name} driver option is only supported for virtio devices".` });
      }
    }
    return findings;
  },
});

function namedChild(element: LvElement, name: string): LvElement[] {
  const found = child(element, name);
  return found ? [found] : [];
}
