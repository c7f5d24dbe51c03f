import { contentLines } from '../../formats/sniff';
import type { LanguageSupport } from '../../service/language';
import type { LanguageEntry } from '../registry';
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

const IFCFG_LINE = /^\s*(DEVICE|BOOTPROTO|ONBOOT|TYPE|NAME|IPADDR|NETTYPE|SUBCHANNELS)=/;

export const ifcfgLanguage: LanguageEntry = {
  id: 'ifcfg',
  aliases: ['ifcfg (network-scripts)', 'ifcfg'],
  filenamePatterns: ['ifcfg-*', '**/network-scripts/ifcfg-*'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => {
    const lines = contentLines(text);
    return lines.some((l) => IFCFG_LINE.test(l)) && lines.every((l) => /^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(l));
  },
  support: ifcfgSupport,
};
