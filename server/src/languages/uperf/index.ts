import type { LanguageEntry } from '../registry';
import { lazily } from '../common/lazily';

/** uperf lower-cases everything, so `<PROFILE>` is a profile too. */
export const uperfLanguage: LanguageEntry = {
  id: 'uperf',
  aliases: ['uperf profile'],
  host: 'xml',
  claimsXmlRoot: (root) => root.name.toLowerCase() === 'profile',
  get support() {
    return loadUperfSupport();
  },
};

const loadUperfSupport = lazily(() => (require('./support') as typeof import('./support')).uperfSupport);
