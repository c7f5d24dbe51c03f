import { valueSliceRange } from '../../../formats/keyValue';
import type { Finding } from '../../../service/types';
import { netType, type IfcfgAssignment, type IfcfgFile } from '../parser';
import { shorten, type IfcfgRule } from './helpers';

const BUS_ID = /^[0-9a-fA-F]\.[0-9a-fA-F]\.[0-9a-fA-F]{4}$/;
const EXPECTED_COUNT: Record<string, number> = { qeth: 3, lcs: 2, ctc: 2 };

export const subchannels: IfcfgRule = {
  id: 'ifcfg-subchannels',
  defaultSeverity: 'error',
  summary: 'SUBCHANNELS must list CCW bus-IDs 0.<ssid>.<devno> (4 hex digits): 3 for qeth (read, write, data), 2 for lcs and ctc.',
  check: ({ parsed }) => {
    const assignment = parsed.effective.get('SUBCHANNELS');
    if (!assignment || assignment.property.badQuoting || assignment.property.value === '') return [];
    return findings(assignment, parsed);
  },
};

function findings(assignment: IfcfgAssignment, file: IfcfgFile): Finding[] {
  const { property } = assignment;
  const value = property.value;
  if (!/^[0-9a-fA-F.,]*$/.test(value)) {
    return [finding(assignment, 0, value.length, `SUBCHANNELS may contain only hex digits, '.' and ','; NetworkManager rejects '${shorten(value)}'.`)];
  }
  const result: Finding[] = [];
  let offset = 0;
  const ids = value.split(',');
  for (const id of ids) {
    if (!BUS_ID.test(id)) {
      result.push(finding(assignment, offset, offset + id.length, `'${shorten(id)}' is not a CCW bus-ID: write 0.<ssid>.<devno> with a 4-digit hex device number, e.g. 0.0.0600.`));
    }
    offset += id.length + 1;
  }
  const type = netType(file);
  const expected = type ? EXPECTED_COUNT[type] : undefined;
  if (ids.length !== 2 && ids.length !== 3) {
    result.push(finding(assignment, 0, value.length, `SUBCHANNELS lists ${ids.length} bus-IDs; NetworkManager expects 2 or 3 and rejects the profile.`));
  } else if (expected !== undefined && ids.length !== expected) {
    result.push(finding(assignment, 0, value.length, `A ${type} device needs ${expected} subchannels (${expected === 3 ? 'read, write, data' : 'read, write'}), not ${ids.length}.`));
  }
  return result;
}

function finding(assignment: IfcfgAssignment, start: number, end: number, message: string): Finding {
  return { ruleId: subchannels.id, range: valueSliceRange(assignment.property, start, end), message };
}
