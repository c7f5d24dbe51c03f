// What checks a modprobe document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { computeCompletions } from './completion';
import { computeHover } from './hover';
import { parseModprobe, type ModprobeFile } from './parser';
import { modprobeRules } from './rules';
import { computeSymbols } from './symbols';

export const modprobeSupport: LanguageSupport<ModprobeFile> = {
  id: 'modprobe',
  commentStyle: 'hash',
  parse: parseModprobe,
  rules: modprobeRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
};
