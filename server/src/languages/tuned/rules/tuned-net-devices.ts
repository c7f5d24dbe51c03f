import type { Finding, Rule } from '../../../service/types';
import { profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';

/** Interface names of devices the kernel lists under /sys/devices/virtual. */
const VIRTUAL = /^(lo|br|virbr|bond|team|vnet|tap|tun|macvtap|macvlan|veth|vlan|docker|cni|flannel|vxlan|geneve|dummy|ovs)|\.\d+$/;

export const netDevices: Rule<TunedProfile> = {
  id: 'tuned-net-devices',
  defaultSeverity: 'info',
  summary: '[net] tunes physical devices only: bridges, bonds, VLANs, macvtap/tap, veth and lo are never tuned (warning when devices= names only such devices).',
  check: ({ parsed, settings }) =>
    profileFor(parsed, settings).units.filter((u) => u.plugin === 'net').map((unit): Finding => {
      const devices = unit.options.find((o) => o.name === 'devices')?.winner;
      const positive = (devices?.value ?? '').split(/[\s,]+/).filter((d) => d !== '' && !d.startsWith('!'));
      if (devices && positive.length > 0 && positive.every((d) => VIRTUAL.test(d))) {
        return {
          ruleId: netDevices.id,
          severity: 'warning',
          range: devices.valueRange,
          message: `${shorten(positive.join(', '))} ${positive.length === 1 ? 'is a virtual device' : 'are virtual devices'}: the net plugin tunes only devices outside /sys/devices/virtual, so this section changes nothing. Tune the physical (e.g. OSA/qeth encXXXX) devices underneath.`,
        };
      }
      return {
        ruleId: netDevices.id,
        range: unit.headers[0].nameRange,
        message: 'The net plugin tunes only physical devices (on IBM Z the qeth encXXXX interfaces): bridges, bonds, VLANs, macvtap/tap, veth and lo are skipped, so set their values elsewhere (ip link, NetworkManager, libvirt).',
      };
    }),
};
