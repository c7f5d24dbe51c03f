// What checks a ifcfg document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { computeCompletions } from './completion';
import { computeHover } from './hover';
import { parseIfcfg, type IfcfgFile } from './parser';
import { ifcfgRules } from './rules';
import { computeSourceActions } from './sourceActions';
import { computeSymbols } from './symbols';

export const ifcfgSupport: LanguageSupport<IfcfgFile> = {
  id: 'ifcfg',
  commentStyle: 'hash',
  parse: parseIfcfg,
  rules: ifcfgRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
  sourceActions: computeSourceActions,
};
