import { contentLines } from '../../formats/sniff';
import type { LanguageEntry } from '../registry';
import { lazily } from '../common/lazily';

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
  get support() {
    return loadIfcfgSupport();
  },
};

const loadIfcfgSupport = lazily(() => (require('./support') as typeof import('./support')).ifcfgSupport);
