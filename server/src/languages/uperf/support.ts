// What checks a uperf document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { computeCodeLenses } from './codeLens';
import { computeCompletions } from './completion';
import { computeHover } from './hover';
import { parseUperf, type UperfProfile } from './model';
import { uperfRules } from './rules';
import { computeSymbols } from './symbols';

export const uperfSupport: LanguageSupport<UperfProfile> = {
  id: 'uperf',
  commentStyle: 'xml',
  parse: (doc) => parseUperf(doc.getText()),
  rules: uperfRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
  codeLenses: computeCodeLenses,
};
