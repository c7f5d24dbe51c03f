import type { LanguageSupport } from '../../service/language';
import type { LanguageEntry } from '../registry';
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

/** uperf lower-cases everything, so `<PROFILE>` is a profile too. */
export const uperfLanguage: LanguageEntry = {
  id: 'uperf',
  aliases: ['uperf profile'],
  host: 'xml',
  claimsXmlRoot: (root) => root.name.toLowerCase() === 'profile',
  support: uperfSupport,
};
