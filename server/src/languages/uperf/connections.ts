import type { UperfFlowop, UperfGroup, UperfOption } from './model';
import { perObjectCache } from '../../service/perObjectCache';
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

/** The last kept option with this key and a value (uperf lets later options override earlier ones). */
function lastValued(flowop: UperfFlowop, key: string): UperfOption | undefined {
  let found: UperfOption | undefined;
  for (const option of flowop.options) if (!option.dropped && option.key === key && option.value !== undefined) found = option;
  return found;
}

/** The connection id of a flowop, or undefined when it comes from the environment. */
export function connectionId(flowop: UperfFlowop): number | undefined {
  const conn = lastValued(flowop, 'conn');
  if (!conn) return 0;
  return conn.envVar !== undefined ? undefined : atoi(conn.value!);
}

export function protocolOf(flowop: UperfFlowop): string {
  const protocol = lastValued(flowop, 'protocol');
  return !protocol || protocol.envVar !== undefined ? '' : protocol.value!;
}

// Two rules walk the same uses; worked out once per group of a parse.
const usesCache = perObjectCache<UperfGroup, ConnectionUse[]>('connectionUses');

export function connectionUses(group: UperfGroup): readonly ConnectionUse[] {
  let uses = usesCache.get(group);
  if (!uses) usesCache.set(group, (uses = walkConnections(group)));
  return uses;
}

function walkConnections(group: UperfGroup): ConnectionUse[] {
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
