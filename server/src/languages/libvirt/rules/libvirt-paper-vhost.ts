import { attribute, child } from '../model';
import { insertChildFix, setAttributeFix, tag } from '../edits';
import { PAPER, QEMU } from '../table';
import { interfaceRule, isKvmGuest, virtioState } from './helpers';

export const paperVhost = interfaceRule({
  id: 'libvirt-paper-vhost',
  defaultSeverity: 'warning',
  fromPaper: true,
  qemuOnly: true,
  summary: "The paper's <driver name='vhost'/> on bridge, direct, network and ethernet interfaces with a virtio model (in-kernel vhost-net instead of QEMU's userspace backend).",
  check: (iface, { doc, parsed, settings }) => {
    const { element, type } = iface;
    if (type === undefined || !QEMU.vhostNetTypes.includes(type) || !isKvmGuest(parsed)) return [];
    if (virtioState(iface, parsed, settings.platform) !== 'yes') return [];
    const driver = child(element, 'driver');
    const name = driver ? attribute(driver, 'name') : undefined;
    if (name?.value === 'vhost') return [];
    if (name?.value === 'qemu') {
      return [
        {
          range: name.valueRange,
          message: `driver name='qemu' forces QEMU's userspace virtio-net backend: every packet goes through the QEMU process. ${PAPER.vhost}`,
          fixes: [setAttributeFix(driver!, 'name', 'vhost', "Use name='vhost'")],
        },
      ];
    }
    if (name) return [];
    return [
      {
        range: (driver ?? element).nameRange,
        message: `No driver name: libvirt uses vhost-net when /dev/vhost-net opens and silently falls back to QEMU's slower userspace backend otherwise. ${PAPER.vhost} Naming it makes a missing vhost-net an error instead of a silent slowdown.`,
        fixes: [driver ? setAttributeFix(driver, 'name', 'vhost', "Add name='vhost'") : insertChildFix(doc, element, tag(element, 'driver', { name: 'vhost' }), "Add <driver name='vhost'/>")],
      },
    ];
  },
});
