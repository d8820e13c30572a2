// Every UI string comes from here, in French or English. The strings every screen may need
// load with the app; a screen's own strings (the ROI simulator's, a thousand lines) load with
// that screen and are added here by its catalogue module (roi-catalogue.ts), so that they
// stay out of the first load.
import { en } from './en';
import { fr } from './fr';
import {
  fillPlaceholders,
  type BaseMessageKey,
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

const catalogues = { fr, en } satisfies Record<Language, Record<BaseMessageKey, string>>;
const screens: Record<Language, Partial<Record<ScreenMessageKey, string>>> = { fr: {}, en: {} };

/** Adds a screen's strings, in both languages (the type checks that both have every key). */
export function addScreenMessages<K extends ScreenMessageKey>(part: {
  fr: Record<K, string>;
  en: Record<K, string>;
}): void {
  Object.assign(screens.fr, part.fr);
  Object.assign(screens.en, part.en);
}

function isBaseKey(key: MessageKey): key is BaseMessageKey {
  return Object.hasOwn(fr, key);
}

/**
 * The string in the given language, placeholders filled. A screen's key whose strings were
 * not added shows as the key itself: a visible mistake, never a crash or an empty label.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = isBaseKey(key) ? catalogues[language][key] : (screens[language][key] ?? key);
  return fillPlaceholders(text, params, language);
}
