// What checks a sysctl document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { parseSysctl, type SysctlFile } from './parser';
import { sysctlRules } from './rules';
import { computeHover } from './hover';
import { computeCompletions } from './completion';
import { computeSymbols } from './symbols';
import { computeSourceActions } from './sourceActions';

export const sysctlSupport: LanguageSupport<SysctlFile> = {
  id: 'sysctl',
  commentStyle: 'hash',
  parse: parseSysctl,
  rules: sysctlRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
  sourceActions: computeSourceActions,
};
