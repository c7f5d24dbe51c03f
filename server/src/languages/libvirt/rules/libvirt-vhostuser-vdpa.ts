import type { Finding } from '../../../service/types';
import { attribute, child, children, type LibvirtDoc } from '../model';
import { hasPasstBackend, interfaceAnchor, interfaceRule, modelOf } from './helpers';
import { isVirtioModel } from '../table';

export const vhostuserVdpa = interfaceRule({
  id: 'libvirt-vhostuser-vdpa',
  defaultSeverity: 'error',
  qemuOnly: true,
  summary: 'vhost-user and vDPA interfaces: virtio model only, a complete unix-socket <source> unless the backend is passt, and shared guest memory for vhost-user.',
  check: (iface, { parsed }) => {
    const { element, type } = iface;
    if (type !== 'vhostuser' && type !== 'vdpa') return [];
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const model = modelOf(iface);
    const modelElement = child(element, 'model');
    if (model !== undefined && !isVirtioModel(model)) {
      findings.push({ range: attribute(modelElement!, 'type')!.valueRange, message: `type='${type}' needs a virtio model; libvirt rejects '${model}' (${type === 'vdpa' ? '"invalid model for interface of type \'vdpa\'"' : 'vhost-user requires the virtio-net* frontend'}).` });
    }
    if (type === 'vdpa') return findings;
    const passt = hasPasstBackend(element);
    if (model === undefined && !passt) {
      findings.push({ range: element.nameRange, severity: 'warning', message: "vhost-user without <model>: libvirt before 11.1 rejects it (\"vhostuser requires the virtio-net* frontend\"); from 11.1 virtio is the default. Add <model type='virtio'/>." });
    }
    const source = child(element, 'source');
    if (!passt) {
      const absent = ['type', 'path', 'mode'].filter((name) => !source || !attribute(source, name));
      if (absent.length > 0) findings.push({ range: (source ?? element).nameRange, message: `vhost-user needs <source type='unix' path='/…' mode='server|client'/> (missing ${absent.join(', ')}); only the passt backend (libvirt 11.1) does without.` });
    }
    if (parsed.kind === 'domain' && !sharedMemory(parsed)) {
      // passt needs libvirt 11.1+, which refuses this since 11.2; socket-based vhost-user only warns before 11.2.
      findings.push({
        range: interfaceAnchor(element),
        severity: passt ? undefined : 'warning',
        message: `'interface' requires shared memory: vhost-user needs <memoryBacking><access mode='shared'/></memoryBacking> (or NUMA cells with memAccess='shared'). libvirt 11.2 and later refuse the domain${passt ? '' : '; older releases only warn, and the guest gets no traffic'}.`,
      });
    }
    return findings;
  },
});

function sharedMemory(doc: LibvirtDoc): boolean {
  const root = doc.root!;
  const access = child(child(root, 'memoryBacking'), 'access');
  if (access && attribute(access, 'mode')?.value === 'shared') return true;
  const cells = children(child(child(root, 'cpu'), 'numa'), 'cell');
  return cells.length > 0 && cells.every((cell) => attribute(cell, 'memAccess')?.value === 'shared');
}
