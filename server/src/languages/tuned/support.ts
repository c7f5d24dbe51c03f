// What checks a tuned document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { computeCompletions } from './completion';
import { computeDefinition } from './definition';
import { computeHover } from './hover';
import { parseTuned, type TunedProfile } from './parser';
import { tunedRules } from './rules';
import { computeSourceActions } from './sourceActions';
import { computeSymbols } from './symbols';

export const tunedSupport: LanguageSupport<TunedProfile> = {
  id: 'tuned',
  commentStyle: 'hash',
  parse: parseTuned,
  rules: tunedRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
  sourceActions: computeSourceActions,
  definition: computeDefinition,
};
