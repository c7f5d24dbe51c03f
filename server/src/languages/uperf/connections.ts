import type { UperfFlowop, UperfGroup } from './model';
import { atoi } from './numbers';

/*
 * Connection ids as uperf's strands use them: connect/accept register a connection under conn=N
 * (0 without conn=), every other data flowop looks its id up (0 is not "any connection"), and
 * disconnect removes it. Walked per group in transaction order.
 */

export interface ConnectionUse {
  flowop: UperfFlowop;
  id: number;
  /** The connect/accept that opened the connection, undefined when none did. */
  opener: UperfFlowop | undefined;
  /** The protocol of that connection as written ('' when unknown or from the environment). */
  protocol: string;
}

const NEEDS_CONNECTION = new Set(['read', 'write', 'send', 'recv', 'sendfile', 'sendfilev']);

function optionValue(flowop: UperfFlowop, key: string): { value: string; env: boolean } | undefined {
  let found: { value: string; env: boolean } | undefined;
  for (const option of flowop.options) {
    if (!option.dropped && option.key === key && option.value !== undefined) found = { value: option.value, env: option.envVar !== undefined };
  }
  return found;
}

/** The connection id of a flowop, or undefined when it comes from the environment. */
export function connectionId(flowop: UperfFlowop): number | undefined {
  const conn = optionValue(flowop, 'conn');
  if (!conn) return 0;
  return conn.env ? undefined : atoi(conn.value);
}

export function protocolOf(flowop: UperfFlowop): string {
  const protocol = optionValue(flowop, 'protocol');
  return !protocol || protocol.env ? '' : protocol.value;
}

export function connectionUses(group: UperfGroup): ConnectionUse[] {
  const open = new Map<number, UperfFlowop>();
  const uses: ConnectionUse[] = [];
  let unknownIds = false;
  for (const txn of group.transactions) {
    for (const flowop of txn.flowops) {
      const id = connectionId(flowop);
      const type = flowop.typeName;
      if (type === 'connect' || type === 'accept') {
        if (id === undefined) unknownIds = true; else open.set(id, flowop);
      } else if (type === 'disconnect') {
        if (id !== undefined) open.delete(id);
      } else if (type && NEEDS_CONNECTION.has(type) && id !== undefined && !unknownIds) {
        const opener = open.get(id);
        uses.push({ flowop, id, opener, protocol: opener ? protocolOf(opener) : '' });
      }
    }
  }
  return uses;
}
