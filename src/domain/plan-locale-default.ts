// The locale and currency a new plan starts with, from the browser's preferred languages.
// Pure: the caller passes navigator.languages, so domain code never reads the browser.
import type { AppLocale } from './plan';

export interface PlanLocaleDefault {
  locale: AppLocale;
  currency: string;
}

// English-speaking euro-area regions: the figures read in English, the money is in euros.
const EURO_ENGLISH_REGIONS = new Set(['IE', 'MT', 'CY']);

/**
 * The first preferred language in the UI's language decides, so that a plan's figures read
 * like the words around them (a French browser set to English gets British figures, not
 * French ones). Without one: en-GB + GBP for English (also for en-IN, en-ZA…, whose money is
 * not supported), fr-FR + EUR for French. CHF and CAD are supported 2-decimal currencies
 * (money.ts), so fr-CH and fr-CA keep their own money in French figures.
 */
export function planLocaleDefault(
  languages: readonly string[],
  uiLanguage: 'fr' | 'en',
): PlanLocaleDefault {
  for (const tag of languages) {
    const [language = '', region = ''] = tag.replace('_', '-').split('-');
    const lang = language.toLowerCase();
    const reg = region.toUpperCase();
    if (lang !== uiLanguage) continue;
    if (lang === 'fr') {
      if (reg === 'CH') return { locale: 'fr-FR', currency: 'CHF' };
      if (reg === 'CA') return { locale: 'fr-FR', currency: 'CAD' };
      return { locale: 'fr-FR', currency: 'EUR' };
    }
    if (lang === 'en') {
      if (reg === 'US') return { locale: 'en-US', currency: 'USD' };
      if (reg === 'CA') return { locale: 'en-US', currency: 'CAD' };
      if (EURO_ENGLISH_REGIONS.has(reg)) return { locale: 'en-GB', currency: 'EUR' };
      if (reg === 'AU') return { locale: 'en-GB', currency: 'AUD' };
      return { locale: 'en-GB', currency: 'GBP' };
    }
  }
  return uiLanguage === 'fr'
    ? { locale: 'fr-FR', currency: 'EUR' }
    : { locale: 'en-GB', currency: 'GBP' };
}
