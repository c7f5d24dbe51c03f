import { connectionUses } from '../connections';
import { finding, flowopSpan, optionOf, type UperfRule } from './helpers';

export const unknownConnection: UperfRule = {
  id: 'uperf-unknown-connection',
  defaultSeverity: 'error',
  summary: 'A data flowop whose connection (conn=N, or 0 without conn=) no earlier connect/accept in the group opened: "No such connection" at run time.',
  check: ({ parsed }) => parsed.groups.flatMap((group) => connectionUses(group)
    .filter((use) => !use.opener)
    .map((use) => {
      const conn = optionOf(use.flowop, 'conn');
      const span = conn ? conn.span : flowopSpan(use.flowop);
      const which = conn ? `conn=${use.id}` : 'connection 0 (no conn=)';
      return finding(parsed, unknownConnection.id, span,
        `No earlier connect or accept in this group opened ${which} (or it was disconnected): the run fails with "No such connection ${use.id}".`);
    })),
};
