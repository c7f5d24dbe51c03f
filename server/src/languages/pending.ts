import { contentLines, share } from '../formats/sniff';
import type { LanguageEntry } from './registry';

// Languages kvmtune recognises but does not check yet: `kvmtune lint` says so instead of guessing.
// Each moves into its own folder when it gets a LanguageSupport.

const IFCFG_LINE = /^\s*(DEVICE|BOOTPROTO|ONBOOT|TYPE|NAME|IPADDR|NETTYPE|SUBCHANNELS)=/;
const MODPROBE_LINE = /^\s*(options|alias|blacklist|install|remove|softdep)\s+\S/;

export const ifcfgLanguage: LanguageEntry = {
  id: 'ifcfg',
  aliases: ['ifcfg (network-scripts)', 'ifcfg'],
  filenamePatterns: ['ifcfg-*', '**/network-scripts/ifcfg-*'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => {
    const lines = contentLines(text);
    return lines.some((l) => IFCFG_LINE.test(l)) && lines.every((l) => /^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(l));
  },
};

export const modprobeLanguage: LanguageEntry = {
  id: 'modprobe',
  aliases: ['modprobe.d', 'modprobe'],
  filenamePatterns: ['**/modprobe.d/*.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => share(contentLines(text), MODPROBE_LINE) >= 0.5,
};

export const uperfLanguage: LanguageEntry = {
  id: 'uperf',
  aliases: ['uperf profile'],
  host: 'xml',
  claimsXmlRoot: (root) => root.name.toLowerCase() === 'profile',
};
