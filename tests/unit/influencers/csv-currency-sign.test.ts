// The influencer export writes its price headers' currency as the plan's locale writes it
// (issue 15's locale audit): a table of three signs wrote "$" for a French plan in dollars,
// where French writes "$US", and the bare code for any currency it did not list.
import { describe, expect, it } from 'vitest';
import { translate, loadLanguage } from '../../../src/i18n';
import '../../../src/i18n/influencers-catalogue';
import { csvLabels } from '../../../src/views/influencers/InfluencersCsvExport.svelte';

describe('the influencer export headers', () => {
  const header = async (currency: string, locale: string) => {
    await loadLanguage('fr');
    const labels = csvLabels((key, params) => translate('fr', key, params), currency, locale);
    return labels.inputs.pricePost;
  };

  it('write the currency as the plan locale does', async () => {
    expect(await header('EUR', 'fr-FR')).toBe('Prix du post (€)');
    expect(await header('USD', 'fr-FR')).toBe('Prix du post ($US)');
    expect(await header('USD', 'en-US')).toBe('Prix du post ($)');
    expect(await header('JPY', 'ja-JP')).toBe('Prix du post (￥)');
  });
});
