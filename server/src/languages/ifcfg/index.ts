import type { LanguageSupport } from '../../service/language';
import type { Rule } from '../../service/types';
import { computeCompletions } from './completion';
import { computeHover } from './hover';
import { parseIfcfg, type IfcfgFile } from './parser';
import { ifcfgRules } from './rules';
import { computeSymbols } from './symbols';

export const ifcfgLanguage: LanguageSupport<IfcfgFile> = {
  id: 'ifcfg',
  commentStyle: 'hash',
  parse: parseIfcfg,
  rules: ifcfgRules.map((rule) => ({ ...rule, language: 'ifcfg' }) as Rule<IfcfgFile>),
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
};
