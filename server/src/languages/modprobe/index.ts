import { contentLines, share } from '../../formats/sniff';
import type { LanguageEntry } from '../registry';
import { lazily } from '../common/lazily';

const MODPROBE_LINE = /^\s*(options|alias|blacklist|install|remove|softdep)\s+\S/;

export const modprobeLanguage: LanguageEntry = {
  id: 'modprobe',
  aliases: ['modprobe.d', 'modprobe'],
  filenamePatterns: ['**/modprobe.d/*.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: (text) => share(contentLines(text), MODPROBE_LINE) >= 0.5,
  get support() {
    return loadModprobeSupport();
  },
};

const loadModprobeSupport = lazily(() => (require('./support') as typeof import('./support')).modprobeSupport);
