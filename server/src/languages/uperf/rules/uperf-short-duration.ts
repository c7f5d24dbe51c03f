import type { Finding } from '../../../service/types';
import { stringToNsec } from '../numbers';
import { PAPER_DURATION_SECONDS } from '../workload';
import { finding, type UperfRule } from './helpers';

export const shortDuration: UperfRule = {
  id: 'uperf-short-duration',
  defaultSeverity: 'info',
  fromPaper: true,
  summary: `A transaction duration under 10 s (noisy; the paper measured ${PAPER_DURATION_SECONDS} s runs), or under 1 s (warning: uperf checks the clock in whole seconds).`,
  check: ({ parsed }) => parsed.groups.flatMap((group) => group.transactions.flatMap((txn): Finding[] => {
    const duration = txn.duration;
    if (!duration || duration.envVar !== undefined) return [];
    const result = stringToNsec(duration.value);
    if (!result.ok) return [];
    const seconds = result.nanoseconds / 1e9;
    if (seconds >= 10) return [];
    if (seconds < 1) {
      return [finding(parsed, shortDuration.id, duration.valueSpan, `duration="${duration.value}" is under a second: uperf ends transactions on whole-second clock ticks, so this runs anywhere from about 0.1 s to 1 s. Use whole seconds (the paper used ${PAPER_DURATION_SECONDS} s).`, { severity: 'warning' })];
    }
    return [finding(parsed, shortDuration.id, duration.valueSpan, `duration="${duration.value}" is short: uperf quantises durations to whole seconds and short runs are noisy. The paper measured ${PAPER_DURATION_SECONDS} s per test.`)];
  })),
};
