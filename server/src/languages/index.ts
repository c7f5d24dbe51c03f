import type { LanguageSupport } from '../service/language';
import { sysctlLanguage } from './sysctl';

/** Every language the server understands. New languages register here. */
export const LANGUAGES: readonly LanguageSupport<any>[] = [sysctlLanguage];
