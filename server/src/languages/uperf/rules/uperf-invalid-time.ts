import type { Finding } from '../../../service/types';
import { stringToNsec } from '../numbers';
import type { Span, UperfProfile } from '../model';
import type { UperfToken } from '../tokenizer';
import { finding, type UperfRule } from './helpers';

export interface TimeValue {
  /** As uperf reads it, for messages: `duration="0"` or `duration=1m`. */
  what: string;
  value: string;
  span: Span;
  /** The token the value is read from, and where in its text the value starts. */
  token: UperfToken;
  index: number;
}

/** Every time uperf reads with string_to_nsec: transaction durations and the duration/timeout options. */
export function timeValues(profile: UperfProfile): TimeValue[] {
  const out: TimeValue[] = [];
  for (const attribute of profile.attributes) {
    if (attribute.name === 'duration' && attribute.envVar === undefined) out.push({ what: `duration="${attribute.value}"`, value: attribute.value, span: attribute.valueSpan, token: attribute.token, index: attribute.token.valueIndex });
  }
  for (const flowop of profile.flowops) {
    for (const option of flowop.options) {
      if (option.dropped || option.value === undefined || option.envVar !== undefined) continue;
      if (option.key === 'duration' || option.key === 'timeout') out.push({ what: option.text, value: option.value, span: option.valueSpan, token: option.attribute.token, index: option.valueIndex });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export const invalidTime: UperfRule = {
  id: 'uperf-invalid-time',
  defaultSeverity: 'error',
  summary: 'A duration or timeout uperf cannot use: 0, not a number ("Cannot convert … to nsecs"), or a unit other than s, m (ms), u, n (1h: garbage duration).',
  check: ({ parsed }) => timeValues(parsed).flatMap((time): Finding[] => {
    const result = stringToNsec(time.value);
    if (result.ok || time.value === '') return [];
    const message = result.garbage
      ? `${time.what}: ${result.reason}. Write seconds: ${suggestSeconds(time.value)}.`
      : `uperf rejects ${time.what} ("Cannot convert ${time.value} to nsecs"): ${result.reason}.`;
    return [finding(parsed, invalidTime.id, time.span, message)];
  }),
};

function suggestSeconds(value: string): string {
  const match = /^([0-9.]+)\s*([hd])/.exec(value);
  if (!match) return 'e.g. 300s';
  const seconds = Number(match[1]) * (match[2] === 'h' ? 3600 : 86400);
  return `${seconds}s`;
}
