import { attribute, child } from '../model';
import { insertChildFix, setAttributeFix, tag } from '../edits';
import { modelInfo } from '../table';
import { archOf, interfaceRule, modelOf } from './helpers';

/** Types whose NIC model the user picks; hostdev, vdpa, vhostuser, null and vds have their own rules. */
const EMULATED = ['network', 'bridge', 'direct', 'ethernet', 'user', 'server', 'client', 'mcast', 'udp'];

export const paperVirtioModel = interfaceRule({
  id: 'libvirt-paper-virtio-model',
  defaultSeverity: 'warning',
  fromPaper: true,
  qemuOnly: true,
  summary: "The paper's <model type='virtio'/>: without a model QEMU on x86 emulates an rtl8139, and only virtio gets vhost-net, multiqueue and the <driver> options.",
  check: (iface, { doc, parsed, settings }) => {
    const { element, type } = iface;
    if (type === undefined || !EMULATED.includes(type)) return [];
    const model = modelOf(iface);
    const modelElement = child(element, 'model');
    if (model === undefined) {
      const arch = archOf(parsed, settings.platform);
      const virtioDefault = /^(s390x?|aarch64|riscv64|loongarch64)$/.test(arch);
      return [
        {
          range: element.nameRange,
          severity: virtioDefault ? 'info' : undefined,
          message: virtioDefault
            ? `No <model>: on ${arch} QEMU's default is already virtio; naming it keeps the stanza right on every architecture.`
            : "No <model>: QEMU then emulates an rtl8139 on x86 (slow, no vhost-net, no multiqueue). The paper's stanzas all use <model type='virtio'/>.",
          fixes: [insertChildFix(doc, element, tag(element, 'model', { type: 'virtio' }), "Add <model type='virtio'/>")],
        },
      ];
    }
    const info = modelInfo(model);
    if (info?.virtio) return [];
    const value = attribute(modelElement!, 'type')!;
    if (/^virtio-net(-pci|-ccw|-device)?$/i.test(model)) {
      return [
        {
          range: value.valueRange,
          severity: 'info',
          message: `'${model}' is passed to QEMU as a device name, and libvirt does not recognise it as virtio: no vhost-net, no multiqueue, <driver> options dropped. Write 'virtio'.`,
          fixes: [setAttributeFix(modelElement!, 'type', 'virtio', "Use model 'virtio'")],
        },
      ];
    }
    return [
      {
        range: value.valueRange,
        message: `'${model}' is ${info ? 'an emulated NIC' : 'not a model libvirt knows; QEMU gets it as a device name'}: every packet is emulated, and vhost-net and multiqueue need virtio. The paper uses <model type='virtio'/>.`,
        fixes: [setAttributeFix(modelElement!, 'type', 'virtio', "Use model 'virtio'")],
      },
    ];
  },
});
