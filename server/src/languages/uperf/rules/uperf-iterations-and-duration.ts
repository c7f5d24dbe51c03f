import { finding, type UperfRule } from './helpers';

export const iterationsAndDuration: UperfRule = {
  id: 'uperf-iterations-and-duration',
  defaultSeverity: 'warning',
  summary: 'A transaction with both iterations and duration: duration always wins and iterations is ignored.',
  check: ({ parsed }) => parsed.groups.flatMap((group) => group.transactions.flatMap((txn) => txn.iterations && txn.duration
    ? [finding(parsed, iterationsAndDuration.id, txn.iterations.span,
      `uperf ignores iterations="${txn.iterations.value}" here: the transaction also has duration="${txn.duration.value}", and duration always wins.`,
      { fixes: [{ title: 'Remove iterations', edits: [{ range: parsed.rangeOf(withLeadingSpace(parsed.text, txn.iterations.span)), newText: '' }] }] })]
    : [])),
};

function withLeadingSpace(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}
