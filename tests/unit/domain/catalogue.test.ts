import { describe, it, expect } from 'vitest';
import {
  AARRR_STAGES,
  CATALOGUE,
  catalogueEntry,
  categoriesOf,
  channelDefaults,
  isCategory,
  kpiDefinition,
  KPIS,
  objectiveDefinition,
  OBJECTIVES,
  stageDefinition,
  type LocalizedText,
} from '../../../src/domain/catalogue';
import { demoPlan } from '../../../src/domain/demo-plan';
import { month } from './budget-arbitraries';

const MEDIA = [
  'tv',
  'radio',
  'press',
  'outdoor',
  'cinema',
  'search-ads',
  'social-ads',
  'programmatic',
  'sponsored-articles',
];
const HORS_MEDIA = [
  'direct-mail',
  'emailing',
  'sms',
  'catalogue',
  'trade-show',
  'conference',
  'open-day',
  'pop-up',
  'pr',
  'sponsorship',
  'patronage',
  'in-store',
  'street',
  'sampling',
  'abm',
  'influence',
  'webinar',
  'community',
  'loyalty',
];

function expectBothLanguages(text: LocalizedText) {
  for (const value of [text.fr, text.en]) {
    expect(value.trim()).toBe(value);
    expect(value).not.toBe('');
    expect(value).not.toMatch(/\n/);
  }
}

function demoChannels() {
  let next = 0;
  return demoPlan({
    language: 'en',
    planId: 'demo',
    newId: () => `c${next++}`,
    now: 0,
    firstMonth: month(2026, 1),
  }).channels;
}

describe('channel catalogue', () => {
  it('holds the media and hors-média channels of the issue, by family, in picker order', () => {
    expect(categoriesOf('media')).toEqual(MEDIA);
    expect(categoriesOf('hors-media')).toEqual(HORS_MEDIA);
    expect(new Set(CATALOGUE.map((e) => e.category)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((e) => [e.category, e] as const))(
    '%s is complete in French and English',
    (_, entry) => {
      expectBothLanguages(entry.name);
      expectBothLanguages(entry.description);
      // The info tip says which family the channel belongs to, in the user's language.
      if (entry.family === 'media') {
        expect(entry.description.fr).toMatch(/^Média : /);
        expect(entry.description.en).toMatch(/^Media: /);
      } else {
        expect(entry.description.fr).toMatch(/^Hors-média : /);
        expect(entry.description.en).toMatch(/^Below the line: /);
      }
      expect(entry.description.fr).toMatch(/\.$/);
      expect(entry.description.en).toMatch(/\.$/);
      expect(entry.description.fr).not.toMatch(/'/); // typographic apostrophes in French
      expect(entry.kpis.length).toBeGreaterThan(0);
      for (const kpi of entry.kpis) expect(kpiDefinition(kpi)).not.toBeNull();
      expect(stageDefinition(entry.stage).id).toBe(entry.stage);
      expect(catalogueEntry(entry.category)).toBe(entry);
    },
  );

  it.each([
    ['search-ads', { kind: 'per-unit', unit: 'click' }],
    ['programmatic', { kind: 'per-unit', unit: 'thousand-impressions' }],
    ['sampling', { kind: 'per-unit', unit: 'sample' }],
    ['conference', { kind: 'per-unit', unit: 'attendee' }],
    ['pop-up', { kind: 'per-unit', unit: 'day' }],
    ['tv', { kind: 'fixed' }],
    ['loyalty', { kind: 'monthly' }],
  ])('prices %s by default as %j', (category, costModel) => {
    expect(catalogueEntry(category)?.costModel).toEqual(costModel);
  });

  it.each([
    ['pr', 'earned'],
    ['emailing', 'owned'],
    ['social-ads', 'paid'],
  ])('tags %s as %s by default', (category, poe) => {
    expect(catalogueEntry(category)?.poe).toBe(poe);
  });

  it('knows every category and KPI of the demo plan, with the family the demo gives it', () => {
    for (const channel of demoChannels()) {
      expect(isCategory(channel.category)).toBe(true);
      expect(catalogueEntry(channel.category)?.family).toBe(channel.family);
      expect(kpiDefinition(channel.kpi ?? '')).not.toBeNull();
      expect(objectiveDefinition(channel.objective ?? '')).not.toBeNull();
    }
  });

  it('leaves custom categories to the user', () => {
    expect(catalogueEntry('custom')).toBeNull();
    expect(channelDefaults('custom')).toBeNull();
    expect(isCategory('toString')).toBe(false);
  });

  it('starts a new channel from the defaults without sharing the catalogue objects', () => {
    const defaults = channelDefaults('sampling');
    expect(defaults).toEqual({
      family: 'hors-media',
      poe: 'paid',
      costModel: { kind: 'per-unit', unit: 'sample' },
      stage: 'activation',
      kpi: 'first-purchase-rate',
    });
    expect(defaults?.costModel).not.toBe(catalogueEntry('sampling')?.costModel);
  });
});

describe('objectives, KPIs and AARRR stages', () => {
  it('lists the objectives of the issue, each with labels and known KPIs', () => {
    expect(OBJECTIVES.map((o) => o.id)).toEqual([
      'grow-online-sales',
      'build-awareness',
      'retain-customers',
      'generate-leads',
      'launch-product',
      'drive-store-traffic',
    ]);
    for (const objective of OBJECTIVES) {
      expectBothLanguages(objective.label);
      for (const kpi of objective.kpis) expect(kpiDefinition(kpi)).not.toBeNull();
    }
  });

  it('names every KPI once, in both languages', () => {
    expect(new Set(KPIS.map((k) => k.id)).size).toBe(KPIS.length);
    for (const kpi of KPIS) expectBothLanguages(kpi.label);
    for (const id of ['conversion-rate', 'roi', 'roas', 'cpl', 'cac', 'media-mentions']) {
      expect(kpiDefinition(id)).not.toBeNull();
    }
    expect(kpiDefinition('nope')).toBeNull();
  });

  it.each([
    ['acquisition', ['reach', 'ctr', 'cpc', 'cpl', 'cac']],
    ['activation', ['sign-up-rate', 'first-purchase-rate']],
    ['retention', ['retention-rate', 'repeat-purchase-rate', 'churn-rate']],
    ['referral', ['referral-rate', 'nps', 'shares']],
    ['revenue', ['average-basket', 'roas', 'roi', 'clv']],
  ] as const)('measures %s with %j', (stage, kpis) => {
    const definition = stageDefinition(stage);
    expect(definition.kpis).toEqual(kpis);
    expectBothLanguages(definition.label);
    expectBothLanguages(definition.definition);
  });

  it('keeps the funnel order', () => {
    expect(AARRR_STAGES.map((s) => s.id)).toEqual([
      'acquisition',
      'activation',
      'retention',
      'referral',
      'revenue',
    ]);
  });
});
