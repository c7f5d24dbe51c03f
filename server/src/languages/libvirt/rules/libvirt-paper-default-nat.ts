import { childAttribute } from '../model';
import { PAPER } from '../table';
import { interfaceRule } from './helpers';

export const paperDefaultNat = interfaceRule({
  id: 'libvirt-paper-default-nat',
  defaultSeverity: 'info',
  fromPaper: true,
  summary: "The 'default' NAT network: convenient, but guests are unreachable from outside and NAT costs performance; the paper measured bridge, Open vSwitch and MacVTap instead.",
  check: ({ element, type }) => {
    const network = childAttribute(element, 'source', 'network');
    if (type !== 'network' || network?.value !== 'default') return [];
    return [{ range: network.valueRange, message: `${PAPER.nat}` }];
  },
});
