import { isSpacedClose } from '../model';
import type { UperfToken } from '../tokenizer';
import { finding, type UperfRule } from './helpers';

const CODES = new Set(['noCurrentGroup', 'noCurrentTransaction', 'noCurrentFlowop', 'nullTransaction']);

export const misplacedElement: UperfRule = {
  id: 'uperf-misplaced-element',
  defaultSeverity: 'error',
  summary: 'A transaction outside a group, a flowop outside a transaction, or type=/options= before the first flowop: uperf stops ("No current group/transaction") or crashes.',
  check: ({ parsed }) => {
    // After an unknown element uperf has already stopped; what follows it is a consequence, not a second mistake.
    // A stray </flowop> changes no structure (removing it is the whole repair), so what follows it is the file's own.
    // Nor does a `</group >`, which the model reads as the close tag it is meant to be.
    const neutral = (token: UperfToken) => token.text === '</flowop>' || isSpacedClose(parsed.text, token, '</group');
    const firstUnknown = parsed.problems.find((p) => p.code === 'unknownSymbol' && p.token?.text.startsWith('<') && !neutral(p.token));
    return parsed.problems
      .filter((p) => CODES.has(p.code) && !(firstUnknown && p.span.start > firstUnknown.span.start))
      .map((p) => finding(parsed, misplacedElement.id, p.span, p.message));
  },
};
