import type { LanguageEntry } from '../registry';
import { contentLines, share } from '../../formats/sniff';
import { lazily } from '../common/lazily';

const SYSCTL_LINE = /^\s*-?(net|kernel|vm|fs|dev|abi|user|crypto|debug|sunrpc)[./][\w.*?[\]/-]+\s*=/;

export const sysctlLanguage: LanguageEntry = {
  id: 'sysctl',
  aliases: ['sysctl.conf', 'sysctl'],
  filenames: ['sysctl.conf'],
  filenamePatterns: ['**/sysctl.d/*.conf', '**/sysctl.conf.d/*.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => share(contentLines(text), SYSCTL_LINE) >= 0.5,
  get support() {
    return loadSysctlSupport();
  },
};

const loadSysctlSupport = lazily(() => (require('./support') as typeof import('./support')).sysctlSupport);
