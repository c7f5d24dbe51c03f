import type { LanguageEntry } from '../registry';
import { lazily } from '../common/lazily';

const HEADER = /^\s*\[([^\]]+)\]/gm;
const PLUGIN_SECTIONS = new Set(['sysctl', 'sysfs', 'modules', 'net', 'cpu', 'vm', 'bootloader', 'scheduler', 'irqbalance', 'script', 'service', 'disk', 'variables']);

/** A tuned profile by content: a [main] with include= or summary=, and a plugin section. */
export function looksLikeTunedProfile(text: string): boolean {
  const head = text.slice(0, 65536);
  const sections = [...head.matchAll(HEADER)].map((m) => m[1]);
  if (!sections.includes('main')) return false;
  if (!/^\s*(include|summary)\s*=/m.test(head)) return false;
  return sections.some((s) => PLUGIN_SECTIONS.has(s)) || /^\s*include\s*=/m.test(head);
}

export const tunedLanguage: LanguageEntry = {
  id: 'tuned',
  aliases: ['tuned profile', 'tuned'],
  filenames: ['tuned.conf'],
  configuration: './language-configuration/hash-comments.json',
  claimsContent: looksLikeTunedProfile,
  get support() {
    return loadTunedSupport();
  },
};

const loadTunedSupport = lazily(() => (require('./support') as typeof import('./support')).tunedSupport);
