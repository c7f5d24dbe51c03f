import picomatch from 'picomatch';
import type { LanguageSupport } from '../service/language';
import type { Rule } from '../service/types';
import { sniffXmlRoot, type XmlRoot } from '../formats/xmlRoot';
import { sysctlLanguage } from './sysctl';
import { ifcfgLanguage } from './ifcfg';
import { libvirtLanguage } from './libvirt';
import { modprobeLanguage } from './modprobe';
import { tunedLanguage } from './tuned';
import { uperfLanguage } from './uperf';

/**
 * Everything that names a language lives in its entry: the id, how files are recognised, its comment
 * style (through `support`) and its rules. package.json `contributes.languages`, the client's document
 * selector, the CLI's `--language` values and the README's rule table are all checked against this list.
 */
export interface LanguageEntry {
  id: string;
  /** The names VS Code shows; the first is the display name. */
  aliases: string[];
  filenames?: string[];
  /** VS Code glob semantics: a pattern with a `/` is matched against the whole path, otherwise against the base name. */
  filenamePatterns?: string[];
  /**
   * The VS Code language these files open as. Such a language is not contributed to VS Code; its
   * documents are claimed by their root element instead.
   */
  host?: 'xml';
  claimsXmlRoot?(root: XmlRoot): boolean;
  /** For `kvmtune lint` on a file whose name says nothing: does the text look like this language? */
  claimsContent?(text: string): boolean;
  /** The language-configuration file contributed with it. */
  configuration?: string;
  /** Missing while a language is recognised but not checked yet. */
  support?: LanguageSupport<any>;
}

export const LANGUAGES: readonly LanguageEntry[] = [sysctlLanguage, ifcfgLanguage, modprobeLanguage, uperfLanguage, libvirtLanguage, tunedLanguage];

const byId = new Map(LANGUAGES.map((entry) => [entry.id, entry]));

export function languageById(id: string): LanguageEntry | undefined {
  return byId.get(id);
}

/** Languages kvmtune actually checks. */
export function checkedLanguages(): LanguageEntry[] {
  return LANGUAGES.filter((entry) => entry.support !== undefined);
}

const pathMatchers = LANGUAGES.map((entry) => ({
  entry,
  matches: [
    ...(entry.filenames ?? []).map((name) => (_path: string, base: string) => base === name),
    ...(entry.filenamePatterns ?? []).map((pattern) => {
      const match = picomatch(pattern, { dot: true });
      return pattern.includes('/') ? (path: string) => match(path) || match(path.replace(/^\/+/, '')) : (_path: string, base: string) => match(base);
    }),
  ],
}));

function byPath(filePath: string): LanguageEntry | undefined {
  const normalized = filePath.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  return pathMatchers.find(({ matches }) => matches.some((m) => m(normalized, base)))?.entry;
}

/** The language of an XML document by its root element; undefined for XML kvmtune does not check. */
export function languageOfXml(text: string, host: 'xml' = 'xml'): LanguageEntry | undefined {
  const root = sniffXmlRoot(text);
  if (!root) return undefined;
  return LANGUAGES.find((entry) => entry.host === host && entry.claimsXmlRoot?.(root));
}

/** Picks the language of a file on disk: its name, then (for XML) its root element, then its content. */
export function detectLanguage(filePath: string, text: string): LanguageEntry | undefined {
  const named = byPath(filePath);
  if (named) return named;
  if (/\.xml$/i.test(filePath) || /^\uFEFF?\s*</.test(text)) {
    const xml = languageOfXml(text);
    if (xml || /\.xml$/i.test(filePath)) return xml;
  }
  if (text === '') return undefined;
  return LANGUAGES.find((entry) => entry.claimsContent?.(text));
}

/** Only the file name counts: for deciding which walked files are worth reading. */
export function detectLanguageByPath(filePath: string): LanguageEntry | undefined {
  return byPath(filePath);
}

/** The checked language of an open document: its VS Code language id, or for a host language its root element. */
export function resolveDocumentLanguage(doc: { languageId: string; getText(): string }): LanguageSupport<unknown> | undefined {
  const direct = byId.get(doc.languageId);
  if (direct) return direct.support;
  if (doc.languageId === 'xml') return languageOfXml(doc.getText())?.support;
  return undefined;
}

/** A rule with the languages that run it (a sysctl settings rule also runs in tuned's `[sysctl]`). */
export interface CatalogRule {
  rule: Rule<unknown>;
  languages: string[];
}

/** Every rule once, in registry order, with the languages it serves. */
export function allRules(): CatalogRule[] {
  const byRule = new Map<string, CatalogRule>();
  for (const entry of checkedLanguages()) {
    for (const rule of entry.support!.rules as readonly Rule<unknown>[]) {
      const known = byRule.get(rule.id);
      if (known) {
        if (!known.languages.includes(entry.id)) known.languages.push(entry.id);
      } else {
        byRule.set(rule.id, { rule, languages: [entry.id] });
      }
    }
  }
  return [...byRule.values()];
}
