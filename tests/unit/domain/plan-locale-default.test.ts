import { describe, expect, it } from 'vitest';
import { planLocaleDefault } from '../../../src/domain/plan-locale-default';

describe('planLocaleDefault', () => {
  it.each([
    [['en-US', 'en'], 'en', 'en-US', 'USD'],
    [['en-GB'], 'en', 'en-GB', 'GBP'],
    [['en'], 'en', 'en-GB', 'GBP'],
    [['en-IE'], 'en', 'en-GB', 'EUR'],
    [['en-MT'], 'en', 'en-GB', 'EUR'],
    [['en-AU'], 'en', 'en-GB', 'AUD'],
    [['en-CA'], 'en', 'en-US', 'CAD'],
    [['en-IN'], 'en', 'en-GB', 'GBP'],
    [['fr-FR'], 'fr', 'fr-FR', 'EUR'],
    [['fr-BE', 'en-US'], 'fr', 'fr-FR', 'EUR'],
    [['fr-CH'], 'fr', 'fr-FR', 'CHF'],
    [['fr-CA'], 'fr', 'fr-FR', 'CAD'],
    [['de-DE', 'en-US'], 'en', 'en-US', 'USD'],
    [['fr-FR', 'en-US'], 'en', 'en-US', 'USD'],
    [['fr-FR'], 'en', 'en-GB', 'GBP'],
    [['en-US'], 'fr', 'fr-FR', 'EUR'],
    [['de-DE'], 'fr', 'fr-FR', 'EUR'],
    [['de-DE'], 'en', 'en-GB', 'GBP'],
    [[], 'en', 'en-GB', 'GBP'],
    [['en_us'], 'en', 'en-US', 'USD'],
  ] as const)('%j (UI %s) → %s %s', (languages, ui, locale, currency) => {
    expect(planLocaleDefault(languages, ui)).toEqual({ locale, currency });
  });
});
