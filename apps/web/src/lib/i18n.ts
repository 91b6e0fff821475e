/**
 * French and English texts, one namespace per feature (`src/features/<feature>/locales/*.json`),
 * `common` for the layout and shared components. The language is the signed-in person's
 * (set by the session), else the one last chosen here, else the browser's; `<html lang>` follows.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'relais.language';

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

/** Every `locales/<lang>.json` of the app, keyed by namespace (the folder above `locales`). */
function loadResources(): Resources {
  const files = import.meta.glob<Record<string, unknown>>(['../features/*/locales/*.json', './locales/*.json'], {
    eager: true,
    import: 'default',
  });
  const resources: Resources = { fr: {}, en: {} };
  for (const [file, texts] of Object.entries(files)) {
    const [, namespace, language] = /(?:features\/([^/]+)\/)?locales\/(\w+)\.json$/.exec(file) ?? [];
    if (language === 'fr' || language === 'en') resources[language][namespace ?? 'common'] = texts;
  }
  return resources;
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  const browser = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  return browser.find((code): code is Language => (LANGUAGES as readonly string[]).includes(code)) ?? 'fr';
}

void i18n.use(initReactI18next).init({
  resources: loadResources(),
  lng: initialLanguage(),
  fallbackLng: 'fr',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
});

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'fr');

export default i18n;
