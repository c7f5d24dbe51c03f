import type { Span, UperfProfile } from '../model';
import { finding, type UperfRule } from './helpers';

export const iterationsAndDuration: UperfRule = {
  id: 'uperf-iterations-and-duration',
  defaultSeverity: 'warning',
  summary: 'A transaction with both iterations and duration: duration always wins and iterations is ignored.',
  check: ({ parsed }) => parsed.groups.flatMap((group) => group.transactions.flatMap((txn) => txn.iterations && txn.duration
    ? [finding(parsed, iterationsAndDuration.id, txn.iterations.span,
      `uperf ignores iterations="${txn.iterations.value}" here: the transaction also has duration="${txn.duration.value}", and duration always wins.`,
      { fixes: [{ title: 'Remove iterations', edits: everyIterations(parsed, txn.token.start, txn.iterations.span.end).map((span) => ({ range: parsed.rangeOf(withLeadingSpace(parsed.text, span)), newText: '' })) }] })]
    : [])),
};

/**
 * Every iterations= the transaction took (the last one counts): removing only the last would leave
 * an earlier one, and the same finding. Between the transaction's start and its iterations no other
 * transaction can have started, so every iterations= there was this one's.
 */
function everyIterations(profile: UperfProfile, from: number, to: number): Span[] {
  return profile.attributes.filter((a) => a.name === 'iterations' && a.span.start >= from && a.span.end <= to).map((a) => a.span);
}

function withLeadingSpace(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}
