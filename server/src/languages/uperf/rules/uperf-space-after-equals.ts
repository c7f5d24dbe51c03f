import { finding, type UperfRule } from './helpers';

export const spaceAfterEquals: UperfRule = {
  id: 'uperf-space-after-equals',
  defaultSeverity: 'error',
  summary: 'Whitespace after "=" (attr= "v", attr = "v") or a stray "=": uperf glues the tokens wrongly and crashes (free(): invalid pointer).',
  check: ({ parsed }) => parsed.stops.flatMap((stop) => {
    if (stop.kind !== 'crash' || !['spaceAfterEquals', 'equalsAfterValue', 'leadingEquals'].includes(stop.why)) return [];
    const gap = stop.why === 'spaceAfterEquals' && stop.previous ? gapAfter(parsed.text, stop.previous.end) : undefined;
    const fixes = gap
      ? [{ title: 'Remove the space after "="', edits: [{ range: parsed.rangeOf(gap), newText: '' }], isPreferred: true }]
      : undefined;
    const message = stop.why === 'leadingEquals'
      ? 'uperf crashes (segmentation fault) on a profile whose first token starts with "=".'
      : stop.why === 'equalsAfterValue'
        ? 'uperf crashes here (free(): invalid pointer): an "=" right after a complete attribute is glued onto it.'
        : 'uperf crashes here (free(): invalid pointer): whitespace after "=" makes it glue the value on wrongly. Write attr="value" (a space before "=" is fine).';
    return [finding(parsed, spaceAfterEquals.id, { start: stop.start, end: stop.end }, message, { fixes })];
  }),
};

function gapAfter(text: string, from: number): { start: number; end: number } | undefined {
  let end = from;
  while (end < text.length && /[ \t\r\n]/.test(text[end])) end++;
  return end > from ? { start: from, end } : undefined;
}
