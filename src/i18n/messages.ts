// The shape every language must fill, and the one function that turns a key into text.
import { fr } from './fr';

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export type MessageParams = Record<string, string | number>;

/** Fills {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** French when the browser's first language is French, English otherwise. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0]?.toLowerCase() ?? 'fr';
  return first.startsWith('fr') ? 'fr' : 'en';
}
