import type { LanguageEntry } from '../registry';
import { claimsLibvirtRoot } from './parser';
import { lazily } from '../common/lazily';

export const libvirtLanguage: LanguageEntry = {
  id: 'libvirt',
  aliases: ['libvirt domain / interface'],
  host: 'xml',
  claimsXmlRoot: claimsLibvirtRoot,
  get support() {
    return loadLibvirtSupport();
  },
};

const loadLibvirtSupport = lazily(() => (require('./support') as typeof import('./support')).libvirtSupport);
