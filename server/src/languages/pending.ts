import type { LanguageEntry } from './registry';

// Languages kvmtune recognises but does not check yet: `kvmtune lint` says so instead of guessing.
// Each moves into its own folder when it gets a LanguageSupport.

export const uperfLanguage: LanguageEntry = {
  id: 'uperf',
  aliases: ['uperf profile'],
  host: 'xml',
  claimsXmlRoot: (root) => root.name.toLowerCase() === 'profile',
};
