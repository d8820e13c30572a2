// The translator the views use: reads the language from Settings, so every string on
// screen follows a language switch, as soon as that language's strings have arrived (only
// the user's language loads with the app; see src/i18n/index.ts).
import {
  hasLanguage,
  loadLanguage,
  translate,
  type Language,
  type MessageKey,
  type MessageParams,
} from '../i18n';
import type { StorageError } from '../db';

export class Translator {
  readonly #wanted: () => Language;
  /** The language on screen: the one wanted once its strings are here, the last one until. */
  #shown: Language;
  /** Bumped when a language's strings arrive, so that what read `language` reads it again. */
  #arrivals = $state(0);

  /** `loaded`: a language whose strings are already fetched (main.ts awaits one). */
  constructor(language: () => Language, loaded: Language) {
    this.#wanted = language;
    this.#shown = loaded;
  }

  get language(): Language {
    void this.#arrivals;
    const wanted = this.#wanted();
    if (hasLanguage(wanted)) this.#shown = wanted;
    else this.#fetch(wanted);
    return this.#shown;
  }

  /** Languages asked for and not arrived: every string reads `language`, one fetch waits. */
  readonly #fetching = new Set<Language>();

  #fetch(language: Language): void {
    if (this.#fetching.has(language)) return;
    this.#fetching.add(language);
    loadLanguage(language)
      .then(
        () => (this.#arrivals += 1),
        // Offline before the app was cached: the screen stays in the language it has, and the
        // next read asks again.
        () => undefined,
      )
      .finally(() => this.#fetching.delete(language));
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.language, key, params);

  /** A storage failure in words a user can act on. */
  storageMessage = (error: StorageError): string =>
    this.t(`storage.${error.code}`, { detail: error.detail });

  /** Building an Intl format is costly (the plan list formats a date per plan per write). */
  readonly #dateFormats = new Map<Language, Intl.DateTimeFormat>();

  formatDate = (timestamp: number): string => {
    const language = this.language;
    let format = this.#dateFormats.get(language);
    if (!format) {
      format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      this.#dateFormats.set(language, format);
    }
    return format.format(timestamp);
  };
}
