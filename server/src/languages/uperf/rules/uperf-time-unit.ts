import { stringToNsec, timeText } from '../numbers';
import { timeValues } from './uperf-invalid-time';
import { finding, type UperfRule } from './helpers';

export const timeUnit: UperfRule = {
  id: 'uperf-time-unit',
  defaultSeverity: 'warning',
  summary: 'A time with the unit "m" or "min": uperf reads only the first letter, and "m" means milliseconds (30m = 30 ms).',
  check: ({ parsed }) => timeValues(parsed).flatMap((time) => {
    const suffix = /^[0-9.]*(.*)$/.exec(time.value)![1];
    const result = stringToNsec(time.value);
    if (!result.ok || result.unit !== 'm' || /^ms(ecs?)?$/.test(suffix)) return [];
    const number = time.value.slice(0, time.value.length - suffix.length);
    const fixes = [
      { title: `Use ${number}ms (what uperf does now)`, edits: [{ range: parsed.rangeOf(time.span), newText: `${number}ms` }] },
      { title: `Use ${Number(number) * 60}s (${number} minutes)`, edits: [{ range: parsed.rangeOf(time.span), newText: `${Number(number) * 60}s` }] },
    ];
    return [finding(parsed, timeUnit.id, time.span, `${time.what} is ${timeText(result.nanoseconds)} for uperf: "m" means milliseconds. Did you mean minutes? Write ${Number(number) * 60}s.`, { fixes })];
  }),
};
