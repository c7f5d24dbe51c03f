import { attribute, child } from '../model';
import { setAttributeFix } from '../edits';
import { PAPER } from '../table';
import { interfaceRule } from './helpers';

export const paperMacvtapMode = interfaceRule({
  id: 'libvirt-paper-macvtap-mode',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: "MacVTap (type='direct') without mode='bridge': the default vepa (and private) keeps guests on the same host NIC from reaching each other without a hairpin switch.",
  check: ({ element, type }) => {
    const source = child(element, 'source');
    if (type !== 'direct' || !source || !attribute(source, 'dev')) return [];
    const mode = attribute(source, 'mode');
    if (mode?.value === 'bridge' || mode?.value === 'passthrough') return [];
    const fix = setAttributeFix(source, 'mode', 'bridge', "Use mode='bridge'");
    if (!mode) {
      return [
        {
          range: source.nameRange,
          message: `No mode: libvirt uses vepa, which sends every frame to the external switch, so guests on this host NIC cannot talk to each other unless the switch does hairpin. ${PAPER.macvtapMode}`,
          fixes: [fix],
        },
      ];
    }
    if (mode.value !== 'vepa' && mode.value !== 'private') return [];
    const why = mode.value === 'vepa' ? 'guests on this host NIC reach each other only through a hairpin-capable switch' : 'guests on this host NIC never reach each other, even through a hairpin switch';
    return [{ range: mode.valueRange, message: `mode='${mode.value}': ${why}. ${PAPER.macvtapMode}`, fixes: [fix] }];
  },
});
