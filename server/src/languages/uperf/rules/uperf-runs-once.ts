import { finding, type UperfRule } from './helpers';

export const runsOnce: UperfRule = {
  id: 'uperf-runs-once',
  defaultSeverity: 'info',
  summary: 'A transaction with neither iterations nor duration runs its flowops once.',
  check: ({ parsed }) => parsed.groups.flatMap((group) => group.transactions
    .filter((txn) => !txn.iterations && !txn.duration && txn.flowops.length > 0)
    .map((txn) => finding(parsed, runsOnce.id, txn.token, 'This transaction has neither iterations nor duration: uperf runs it once.'))),
};
