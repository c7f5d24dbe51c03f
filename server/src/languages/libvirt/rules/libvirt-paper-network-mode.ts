import type { Settings } from '../../../service/types';
import { attributeValue, child, type LvInterface } from '../model';
import { PAPER } from '../table';
import { interfaceAnchor, interfaceRule } from './helpers';

type Mode = 'macvtap' | 'ovs' | 'bridge' | 'network';
type Advice = { best: 'macvtap' | 'ovs'; why: string } | undefined;

export function connectionMode(iface: LvInterface): Mode | undefined {
  if (iface.type === 'direct') return 'macvtap';
  if (iface.type === 'network') return 'network';
  if (iface.type !== 'bridge') return undefined;
  return attributeValue(child(iface.element, 'virtualport'), 'type') === 'openvswitch' ? 'ovs' : 'bridge';
}

/** The paper's summary table: which connection it measured best for the workload and topology. */
export function recommendedMode(settings: Pick<Settings, 'workload' | 'topology'>): Advice {
  const { workload, topology } = settings;
  if (workload === 'transactional') return { best: 'macvtap', why: PAPER.modes.transactional };
  if (workload === 'streaming' && topology === 'multi-host') return { best: 'ovs', why: PAPER.modes['streaming-multi-host'] };
  if ((workload === 'streaming' || workload === 'mixed') && topology === 'single-host') return { best: 'macvtap', why: PAPER.modes['single-host'] };
  return undefined;
}

const NAMES = { macvtap: "MacVTap (type='direct' mode='bridge')", ovs: "Open vSwitch (type='bridge' + <virtualport type='openvswitch'/>)", bridge: 'a Linux bridge', network: 'a libvirt network' };

export const paperNetworkMode = interfaceRule({
  id: 'libvirt-paper-network-mode',
  defaultSeverity: 'info',
  fromPaper: true,
  summary: 'Which connection the paper measured best for kvmtune.workload and kvmtune.topology: MacVTap for transactional work, Open vSwitch for streaming across hosts, bridge ≈ OVS otherwise.',
  check: (iface, { settings }) => {
    const mode = connectionMode(iface);
    const advice = recommendedMode(settings);
    if (!mode || !advice || mode === advice.best) return [];
    // Across hosts the paper found a Linux bridge equivalent to Open vSwitch.
    if (advice.best === 'ovs' && mode === 'bridge') return [];
    const setting = `kvmtune.workload '${settings.workload}'${settings.topology ? `, kvmtune.topology '${settings.topology}'` : ''}`;
    const caveat = advice.best === 'macvtap' ? ` ${PAPER.macvtapHost}` : '';
    const bridgeNote = mode === 'bridge' ? ` ${PAPER.modes['bridge-vs-ovs']}` : '';
    return [
      {
        range: interfaceAnchor(iface.element),
        message: `For ${setting} the paper recommends ${NAMES[advice.best]} over ${NAMES[mode]}: ${advice.why}${bridgeNote}${caveat}`,
      },
    ];
  },
});
