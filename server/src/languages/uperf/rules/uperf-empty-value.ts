import { finding, type UperfRule } from './helpers';

export const emptyValue: UperfRule = {
  id: 'uperf-empty-value',
  defaultSeverity: 'error',
  summary: 'An empty value (type="") or a value ending in "=" (options="size="): uperf glues the next token onto it and crashes.',
  check: ({ parsed }) => parsed.stops.flatMap((stop) => {
    if (stop.kind !== 'crash' || (stop.why !== 'emptyValue' && stop.why !== 'valueEndsWithEquals') || !stop.previous) return [];
    const value = stop.previous.value;
    const message = stop.why === 'emptyValue'
      ? `uperf crashes here (free(): invalid pointer): the empty value of ${stop.previous.text} makes it glue the next token onto it.`
      : `uperf crashes here (munmap_chunk(): invalid pointer): the value "${value}" ends with "=", so uperf glues the next token onto it.`;
    const { start, end } = stop.previous;
    return [finding(parsed, emptyValue.id, { start, end }, message)];
  }),
};
