import { attribute, child } from '../model';
import { interfaceRule } from './helpers';

export const bridgeSource = interfaceRule({
  id: 'libvirt-bridge-source',
  defaultSeverity: 'error',
  summary: "type='bridge' without <source bridge='…'> or with an empty bridge name: the schema accepts it, libvirt's parser rejects it.",
  check: ({ element, type }) => {
    if (type !== 'bridge') return [];
    const source = child(element, 'source');
    const bridge = source ? attribute(source, 'bridge') : undefined;
    if (!source) {
      return [{ range: element.nameRange, message: "interface type='bridge' requires a 'source' element: libvirt refuses to define it (the RelaxNG schema alone accepts it). Add <source bridge='br0'/> naming the host bridge." }];
    }
    // The schema reports a <source> without bridge as a missing required attribute.
    if (!bridge) return [];
    if (bridge.value.trim() === '') {
      return [{ range: bridge.range, message: "The bridge name is empty: the schema's pattern allows it, but libvirt cannot attach the tap device to a bridge without a name." }];
    }
    if (/\s/.test(bridge.value)) {
      return [{ range: bridge.valueRange, message: `'${bridge.value}' contains white space: the schema allows it, but no Linux bridge can have that name (IFNAMSIZ names have no spaces), so starting the guest fails.` }];
    }
    return [];
  },
});
