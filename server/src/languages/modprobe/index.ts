import { contentLines, share } from '../../formats/sniff';
import type { LanguageSupport } from '../../service/language';
import type { LanguageEntry } from '../registry';
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

const MODPROBE_LINE = /^\s*(options|alias|blacklist|install|remove|softdep)\s+\S/;

export const modprobeLanguage: LanguageEntry = {
  id: 'modprobe',
  aliases: ['modprobe.d', 'modprobe'],
  filenamePatterns: ['**/modprobe.d/*.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => share(contentLines(text), MODPROBE_LINE) >= 0.5,
  support: modprobeSupport,
};
