// The translator the views use: reads the language from Settings, so every string on
// screen follows a language switch at once.
import { translate, type Language, type MessageKey, type MessageParams } from '../i18n';
import type { StorageError } from '../db';

export class Translator {
  readonly #language: () => Language;

  constructor(language: () => Language) {
    this.#language = language;
  }

  get language(): Language {
    return this.#language();
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.#language(), key, params);

  /** A storage failure in words a user can act on. */
  storageMessage = (error: StorageError): string =>
    this.t(`storage.${error.code}`, { detail: error.detail });

  /** Building an Intl format is costly (the plan list formats a date per plan per write). */
  readonly #dateFormats = new Map<Language, Intl.DateTimeFormat>();

  formatDate = (timestamp: number): string => {
    const language = this.#language();
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
