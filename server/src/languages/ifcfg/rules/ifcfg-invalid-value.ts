import { validateValues } from '../validateValues';
import type { IfcfgRule } from './helpers';

export const invalidValue: IfcfgRule = {
  id: 'ifcfg-invalid-value',
  defaultSeverity: 'error',
  summary: 'A value of the wrong type or outside its range (booleans, enums such as BOOTPROTO and NETTYPE, addresses, MTU, PREFIX), checked against the JSON schema built from the key table.',
  check: ({ parsed }) => validateValues(parsed).map((p) => ({ ruleId: invalidValue.id, range: p.range, message: p.message })),
};
