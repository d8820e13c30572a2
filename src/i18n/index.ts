// Every UI string comes from here, in French or English.
import { en } from './en';
import { fr } from './fr';
import { fillPlaceholders, type Language, type MessageKey, type MessageParams } from './messages';

export {
  LANGUAGES,
  formatCount,
  preferredLanguage,
  type Language,
  type MessageKey,
  type MessageParams,
} from './messages';

const catalogues = { fr, en } satisfies Record<Language, Record<MessageKey, string>>;

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogues[language][key], params, language);
}
