import type { Finding } from '../../../service/types';
import { attribute, child, type LvElement } from '../model';
import { TABLE } from '../table';
import { interfaceRule, listOf } from './helpers';

/** Parameters each virtualport type accepts; the ones bridge/direct/hostdev also require. */
const PARAMETERS: Record<string, { allowed: string[]; required: string[] }> = {
  '802.1Qbg': { allowed: ['managerid', 'typeid', 'typeidversion', 'instanceid'], required: ['managerid', 'typeid', 'typeidversion'] },
  '802.1Qbh': { allowed: ['profileid'], required: ['profileid'] },
  openvswitch: { allowed: ['profileid', 'interfaceid'], required: [] },
  midonet: { allowed: ['interfaceid'], required: ['interfaceid'] },
};
const LIMITS: Record<string, number> = { managerid: 0xff, typeid: 0xffffff, typeidversion: 0xff };

export const virtualport = interfaceRule({
  id: 'libvirt-virtualport',
  defaultSeverity: 'error',
  summary: '<virtualport> whose type is missing where libvirt needs one, or whose <parameters> belong to another type, are missing, or are out of range.',
  check: ({ element, type }) => {
    const port = child(element, 'virtualport');
    if (!port || type === undefined || !TABLE.types[type]?.virtualport) return [];
    const portType = attribute(port, 'type');
    const parameters = child(port, 'parameters');
    const findings: Omit<Finding, 'ruleId'>[] = [];
    const strict = TABLE.types[type].virtualportNeedsType === true;
    if (!portType) {
      if (strict) findings.push({ range: port.nameRange, message: `<virtualport> without type on type='${type}': libvirt refuses it ("missing required virtualport type"); only type='network' merges an untyped virtualport with the network's. Add type='openvswitch', '802.1Qbg', '802.1Qbh' or 'midonet'.` });
      return findings.concat(parameters ? ranges(parameters) : []);
    }
    const rules = PARAMETERS[portType.value];
    if (!rules) return findings; // the schema reports an unknown type
    for (const a of parameters?.attributes ?? []) {
      if (!rules.allowed.includes(a.name) && a.name in TABLE.elements['virtualport/parameters'].attributes) {
        findings.push({ range: a.nameRange, message: `'${a.name}' does not belong to <virtualport type='${portType.value}'> ("extra ${a.name} unsupported"); it takes ${listOf(rules.allowed)}.` });
      }
    }
    if (strict) {
      const present = new Set((parameters?.attributes ?? []).map((a) => a.name));
      const absent = rules.required.filter((name) => !present.has(name));
      if (absent.length > 0) {
        findings.push({
          range: (parameters ?? port).nameRange,
          message: `<virtualport type='${portType.value}'> on type='${type}' needs ${listOf(absent)} in <parameters>: libvirt requires every attribute of the profile there ("missing ${absent[0]} in <virtualport type='${portType.value}'>").`,
        });
      }
    }
    return findings.concat(parameters ? ranges(parameters) : []);
  },
});

function ranges(parameters: LvElement): Omit<Finding, 'ruleId'>[] {
  return parameters.attributes.flatMap((a) => {
    const limit = LIMITS[a.name];
    if (limit === undefined) return [];
    const value = /^0x[0-9a-f]+$/i.test(a.value) ? parseInt(a.value, 16) : /^[0-9]+$/.test(a.value) ? Number(a.value) : undefined;
    if (value === undefined || value <= limit) return [];
    return [{ range: a.valueRange, message: `${a.name} is at most ${limit} (0x${limit.toString(16)}); ${a.value} is rejected by the schema and by libvirt.` }];
  });
}
