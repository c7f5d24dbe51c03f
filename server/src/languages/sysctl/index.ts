import type { LanguageSupport } from '../../service/language';
import type { LanguageEntry } from '../registry';
import { contentLines, share } from '../../formats/sniff';
import { parseSysctl, type SysctlFile } from './parser';
import { sysctlRules } from './rules';
import { computeHover } from './hover';
import { computeCompletions } from './completion';
import { computeSymbols } from './symbols';
import { computeSourceActions } from './sourceActions';

const SYSCTL_LINE = /^\s*-?(net|kernel|vm|fs|dev|abi|user|crypto|debug|sunrpc)[./][\w.*?[\]/-]+\s*=/;

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

export const sysctlLanguage: LanguageEntry = {
  id: 'sysctl',
  aliases: ['sysctl.conf', 'sysctl'],
  filenames: ['sysctl.conf'],
  filenamePatterns: ['**/sysctl.d/*.conf', '**/sysctl.conf.d/*.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => share(contentLines(text), SYSCTL_LINE) >= 0.5,
  support: sysctlSupport,
};
