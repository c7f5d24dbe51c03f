import { connectionUses } from '../connections';
import { finding, flowopSpan, type UperfRule } from './helpers';

export const sendRecvProtocol: UperfRule = {
  id: 'uperf-send-recv-protocol',
  defaultSeverity: 'error',
  summary: 'send or recv on a connection that is not TCP: only uperf\'s TCP implements them ("flowop send not supported").',
  check: ({ parsed }) => parsed.groups.flatMap((group) => connectionUses(group)
    .filter((use) => (use.flowop.typeName === 'send' || use.flowop.typeName === 'recv') && use.protocol !== '' && use.protocol !== 'tcp')
    .map((use) => finding(parsed, sendRecvProtocol.id, flowopSpan(use.flowop),
      `${use.flowop.typeName} works only over TCP in uperf; this connection is ${use.protocol}, so the run fails with "flowop ${use.flowop.typeName} not supported". Use ${use.flowop.typeName === 'send' ? 'write' : 'read'} instead.`))),
};
