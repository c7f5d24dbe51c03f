import type { Finding } from '../../../service/types';
import { finding, type UperfRule } from './helpers';

export const flowopType: UperfRule = {
  id: 'uperf-flowop-type',
  defaultSeverity: 'error',
  summary: 'A flowop type uperf does not have (sendto, redv, wait, …: "Unknown flowop"), a flowop without type= (crashes at run time); sendfilev (does nothing on Linux) as a warning.',
  check: ({ parsed }) => {
    const unknown = parsed.problems.filter((p) => p.code === 'unknownFlowop').map((p) => finding(parsed, flowopType.id, p.span, p.message));
    const missing: Finding[] = parsed.flowops.filter((f) => !f.type).map((f) => finding(parsed, flowopType.id, f.token,
      'This flowop has no type=: uperf parses it but the master crashes when it runs it (no function to execute). Add type="…".'));
    const sendfilev: Finding[] = parsed.flowops.filter((f) => f.typeName === 'sendfilev').map((f) => finding(parsed, flowopType.id, f.type!.valueSpan,
      'sendfilev exists only on Solaris: on Linux uperf accepts it and the flowop silently transfers nothing. Use sendfile.', { severity: 'warning' }));
    return [...unknown, ...missing, ...sendfilev].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
