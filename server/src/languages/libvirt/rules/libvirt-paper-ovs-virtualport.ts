import type { Finding } from '../../../service/types';
import { attribute, attributeValue, child, childAttribute } from '../model';
import { insertChildFix, setAttributeFix, tag } from '../edits';
import { randomUuid } from '../random';
import { PAPER } from '../table';
import { interfaceRule } from './helpers';

const OVS_NAME = /ovs|openvswitch|vswitch/i;

export const paperOvs = interfaceRule({
  id: 'libvirt-paper-ovs-virtualport',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: "Open vSwitch bridges: <virtualport type='openvswitch'> with a UUID interfaceid, as the paper writes it (fix generates one); an OVS-looking bridge without it.",
  check: ({ element, type }, { doc }) => {
    if (type !== 'bridge') return [];
    const port = child(element, 'virtualport');
    const portType = attributeValue(port, 'type');
    const bridge = childAttribute(element, 'source', 'bridge');
    const findings: Omit<Finding, 'ruleId'>[] = [];
    if (!port && bridge && OVS_NAME.test(bridge.value)) {
      const markup = `${tag(element, 'virtualport', { type: 'openvswitch' }).replace('/>', '>')}\n  ${tag(element, 'parameters', { interfaceid: randomUuid() })}\n</virtualport>`;
      findings.push({
        range: bridge.valueRange,
        message: `'${bridge.value}' looks like an Open vSwitch bridge, but there is no <virtualport type='openvswitch'>: libvirt then adds the tap with the Linux-bridge call, which fails on an OVS bridge. ${PAPER.ovs}`,
        fixes: [insertChildFix(doc, element, markup, "Add <virtualport type='openvswitch'> with a new interfaceid")],
      });
    }
    if (portType !== 'openvswitch') return findings;
    const parameters = child(port!, 'parameters');
    if (parameters && attribute(parameters, 'interfaceid')) return findings;
    const uuid = randomUuid();
    findings.push({
      range: port!.nameRange,
      severity: 'info',
      message: `No interfaceid: libvirt generates a random one when the domain is defined, so it changes if the XML is defined again elsewhere. ${PAPER.ovs} It becomes the OVS port's external-ids:iface-id.`,
      fixes: [
        parameters
          ? setAttributeFix(parameters, 'interfaceid', uuid, 'Add a generated interfaceid')
          : insertChildFix(doc, port!, tag(element, 'parameters', { interfaceid: uuid }), 'Add <parameters> with a generated interfaceid'),
      ],
    });
    return findings;
  },
});
