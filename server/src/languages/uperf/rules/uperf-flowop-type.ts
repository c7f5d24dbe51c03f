import type { Finding } from '../../../service/types';
import { finding, type UperfRule } from './helpers';

export const flowopType: UperfRule = {
  id: 'uperf-flowop-type',
  defaultSeverity: 'error',
  summary: 'A flowop type uperf does not have (sendto, redv, wait, …: "Unknown flowop"), or a flowop without type= (crashes at run time).',
  check: ({ parsed }) => {
    const unknown = parsed.problems.filter((p) => p.code === 'unknownFlowop').map((p) => finding(parsed, flowopType.id, p.span, p.message));
    const missing: Finding[] = parsed.flowops.filter((f) => !f.type).map((f) => finding(parsed, flowopType.id, f.token,
      'This flowop has no type=: uperf parses it but the master crashes when it runs it (no function to execute). Add type="…".'));
    return [...unknown, ...missing].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
