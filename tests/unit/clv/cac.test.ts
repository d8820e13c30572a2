// The CAC taken from a planner channel: spend ÷ customers with its terms, the reasons it cannot
// be told, and which CAC a scenario uses when its channel is there, unusable or gone.
import { describe, expect, it } from 'vitest';
import { cacFromChannel, inputsWithCac, scenarioCac } from '../../../src/domain/clv/cac';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { toCents } from '../../../src/domain/money';

describe('cacFromChannel', () => {
  it('divides the spend by the customers: 12 000 € ÷ 240 = 50 €, with its terms', () => {
    expect(cacFromChannel(1_200_000, 240)).toEqual({
      ok: true,
      value: { spend: 1_200_000, customers: 240, cac: 5_000 },
    });
  });

  it('rounds to the cent: 1 000 € ÷ 3 = 333,33 €', () => {
    const result = cacFromChannel(100_000, 3);
    expect(result.ok && result.value.cac).toBe(33_333);
  });

  it('gives a reason for no customers, a fraction of one, and no spend', () => {
    expect(cacFromChannel(100_000, null)).toEqual({ ok: false, error: { code: 'no-customers' } });
    expect(cacFromChannel(100_000, 0)).toEqual({ ok: false, error: { code: 'no-customers' } });
    expect(cacFromChannel(100_000, -4)).toEqual({ ok: false, error: { code: 'no-customers' } });
    expect(cacFromChannel(100_000, 2.5)).toEqual({
      ok: false,
      error: { code: 'customers-not-whole' },
    });
    expect(cacFromChannel(0, 240)).toEqual({ ok: false, error: { code: 'no-spend' } });
    expect(cacFromChannel(Number.NaN, 240)).toEqual({ ok: false, error: { code: 'no-spend' } });
  });
});

describe('scenarioCac', () => {
  const channels = [
    { id: 'c1', name: 'Affichage', plannedCents: 150_000 },
    { id: 'c2', name: 'Salon', plannedCents: 0 },
  ];
  const inputs = { ...WORKED_EXAMPLE_INPUTS, cac: toCents(5_000) };

  it('uses the typed CAC without a channel', () => {
    expect(scenarioCac({ inputs, cacChannelId: null, cacCustomers: 240 }, channels)).toEqual({
      source: 'typed',
      cac: 5_000,
    });
  });

  it('uses the channel’s spend ÷ customers: 1 500 € ÷ 240 = 6,25 €', () => {
    const cac = scenarioCac({ inputs, cacChannelId: 'c1', cacCustomers: 240 }, channels);
    expect(cac).toMatchObject({ source: 'channel', cac: 625, channel: { id: 'c1' } });
    expect(inputsWithCac(inputs, cac).cac).toBe(625);
    expect(inputs.cac).toBe(5_000);
  });

  it('falls back to the typed CAC when the channel is gone or cannot tell', () => {
    expect(scenarioCac({ inputs, cacChannelId: 'gone', cacCustomers: 240 }, channels)).toEqual({
      source: 'channel-gone',
      cac: 5_000,
    });
    expect(scenarioCac({ inputs, cacChannelId: 'c2', cacCustomers: 240 }, channels)).toMatchObject({
      source: 'channel-unusable',
      problem: { code: 'no-spend' },
      cac: 5_000,
    });
    expect(scenarioCac({ inputs, cacChannelId: 'c1', cacCustomers: null }, channels)).toMatchObject(
      { source: 'channel-unusable', problem: { code: 'no-customers' } },
    );
    const typed = scenarioCac({ inputs, cacChannelId: 'gone', cacCustomers: 1 }, channels);
    expect(inputsWithCac(inputs, typed)).toBe(inputs);
  });
});
