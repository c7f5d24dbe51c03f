import { finding, type UperfRule } from './helpers';

export const rateWithoutDuration: UperfRule = {
  id: 'uperf-rate-without-duration',
  defaultSeverity: 'warning',
  summary: 'rate= on a transaction without duration=: uperf only paces transactions that run for a duration, so the rate is ignored.',
  check: ({ parsed }) => parsed.groups.flatMap((group) => group.transactions
    .filter((txn) => txn.rate && !txn.duration)
    .map((txn) => finding(parsed, rateWithoutDuration.id, txn.rate!.span, `uperf ignores rate="${txn.rate!.value}": rate only applies to a transaction with a duration.`))),
};
