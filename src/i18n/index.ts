// Every UI string comes from here, in French or English. The strings every screen may need
// load with the app, in the user's language only (the other one is fetched when the user
// switches: 12 KB gzip a French visitor never needs); a screen's own strings (the ROI
// simulator's, a thousand lines) load with that screen and are added here by its catalogue
// module (roi-catalogue.ts), so that they stay out of the first load.
import {
  fillPlaceholders,
  type BaseMessageKey,
  type BaseMessages,
  type Language,
  type MessageKey,
  type MessageParams,
  type ScreenMessageKey,
} from './messages';

export {
  LANGUAGES,
  formatCount,
  preferredLanguage,
  type Language,
  type MessageKey,
  type MessageParams,
} from './messages';

/** A translator bound to a language, as views pass it to the modules that word figures. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// The return types check that each language has every key of the reference (fr.ts).
const LOADERS: Record<Language, () => Promise<BaseMessages>> = {
  fr: () => import('./fr').then((module) => module.fr),
  en: () => import('./en').then((module) => module.en),
};
const catalogues: Partial<Record<Language, BaseMessages>> = {};
const loading = new Map<Language, Promise<void>>();

/**
 * Fetches a language's strings once. A failed fetch (the network gone before the service
 * worker cached the app) is forgotten, so that the next call tries again.
 */
export function loadLanguage(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then((messages) => {
      catalogues[language] = messages;
    });
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Whether translate() can word this language yet. */
export function hasLanguage(language: Language): boolean {
  return catalogues[language] !== undefined;
}
const screens: Record<Language, Partial<Record<ScreenMessageKey, string>>> = { fr: {}, en: {} };

/** Adds a screen's strings, in both languages (the type checks that both have every key). */
export function addScreenMessages<K extends ScreenMessageKey>(part: {
  fr: Record<K, string>;
  en: Record<K, string>;
}): void {
  Object.assign(screens.fr, part.fr);
  Object.assign(screens.en, part.en);
}

/**
 * The string in the given language, placeholders filled. A key whose strings were not loaded
 * (a screen's catalogue not added, a language not fetched) shows as the key itself: a
 * visible mistake, never a crash or an empty label.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const base = catalogues[language];
  const text =
    base && Object.hasOwn(base, key)
      ? base[key as BaseMessageKey]
      : (screens[language][key as ScreenMessageKey] ?? key);
  return fillPlaceholders(text, params, language);
}
