import i18n, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';
import { da } from './da';

/** The languages of the UI, each in its own name (the picker shows them so). */
export const LANGUAGES = [
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'sv', name: 'Svenska' },
  { code: 'da', name: 'Dansk' },
  { code: 'en', name: 'English' },
] as const;

const STORAGE_KEY = 'helhet.language';

const inBrowser = typeof window !== 'undefined';

function initialLanguage(): string {
  if (!inBrowser) return 'en';
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored && LANGUAGES.some((language) => language.code === stored)) return stored;
  const browser = (navigator.language || 'nb').toLowerCase();
  if (browser.startsWith('sv')) return 'sv';
  if (browser.startsWith('da')) return 'da';
  if (browser.startsWith('en')) return 'en';
  return 'nb';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, nb: { translation: nb }, sv: { translation: sv }, da: { translation: da } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

if (inBrowser) {
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}

export default i18n;

/** A translation key, as the type checker knows them (en.ts). */
export type MessageKey = ParseKeys;

/**
 * A key made at run time from a code the API sent (a problem type, a role, a field error): the type checker cannot
 * know it, so ask i18n.exists(key) before using it, and fall back to a fixed key.
 */
export function keyFromCode(group: string, code: string): MessageKey {
  return `${group}.${code}` as MessageKey;
}
