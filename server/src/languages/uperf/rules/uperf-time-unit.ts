import type { TextEdit } from 'vscode-languageserver-types';
import { charPieces, type UperfProfile } from '../model';
import { stringToNsec, timeText } from '../numbers';
import { timeValues, type TimeValue } from './uperf-invalid-time';
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
      { title: `Use ${number}ms (what uperf does now)`, edits: replaceValue(parsed, time, `${number}ms`) },
      { title: `Use ${Number(number) * 60}s (${number} minutes)`, edits: replaceValue(parsed, time, `${Number(number) * 60}s`) },
    ];
    return [finding(parsed, timeUnit.id, time.span, `${time.what} is ${timeText(result.nanoseconds)} for uperf: "m" means milliseconds. Did you mean minutes? Write ${Number(number) * 60}s.`, { fixes })];
  }),
};

/**
 * The value written anew where its first piece is, its other pieces deleted: a quote between them
 * (a value glued on after `=`) stays, so uperf still splits the file into the same tokens.
 */
function replaceValue(profile: UperfProfile, time: TimeValue, newText: string): TextEdit[] {
  const pieces = charPieces(time.token, time.index, time.index + time.value.length);
  if (pieces.length <= 1) return [{ range: profile.rangeOf(time.span), newText }];
  return pieces.map((piece, i) => ({ range: profile.rangeOf(piece), newText: i === 0 ? newText : '' }));
}
