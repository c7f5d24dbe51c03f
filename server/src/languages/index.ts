export { LANGUAGES, allRules, checkedLanguages, detectLanguage, detectLanguageByPath, languageById, resolveDocumentLanguage, type CatalogRule, type LanguageEntry } from './registry';
