// A CLV scenario edit is a small message applied to the stored record: it sets only what it
// names, so that two tabs editing different inputs never undo each other's work.
import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { applyClvChange, type ClvScenario } from '../../../src/domain/clv/scenario';
import { toCents } from '../../../src/domain/money';

const saved: ClvScenario = {
  id: 's1',
  planId: 'p1',
  name: 'Exemple',
  inputs: { ...WORKED_EXAMPLE_INPUTS },
  convention: 'first-margin-up-front',
  cacChannelId: null,
  cacCustomers: null,
  createdAt: 10,
  updatedAt: 10,
};

describe('applyClvChange', () => {
  it('changes one input and keeps the other inputs as stored', () => {
    const next = applyClvChange(saved, { kind: 'inputs', fields: { retention: 0.8 } }, 99);
    expect(next.inputs).toEqual({ ...WORKED_EXAMPLE_INPUTS, retention: 0.8 });
    expect(next.updatedAt).toBe(99);
    // The stored record is not mutated: the screen keeps its copy until the write succeeds.
    expect(saved.inputs.retention).toBe(0.6);
  });

  it('keeps both tabs’ edits when they change different inputs', () => {
    const tabA = applyClvChange(saved, { kind: 'inputs', fields: { cac: toCents(6_000) } }, 20);
    const both = applyClvChange(tabA, { kind: 'inputs', fields: { marginRate: 0.5 } }, 21);
    expect(both.inputs).toMatchObject({ cac: 6_000, marginRate: 0.5, averageBasket: 2_000 });
  });

  it('renames, switches convention and takes the CAC from a channel', () => {
    const next = applyClvChange(
      saved,
      {
        kind: 'fields',
        fields: { name: 'Fidèles', convention: 'after-one-retention-step', cacChannelId: 'c1' },
      },
      30,
    );
    expect(next).toEqual({
      ...saved,
      name: 'Fidèles',
      convention: 'after-one-retention-step',
      cacChannelId: 'c1',
      updatedAt: 30,
    });
  });

  it('replaces the inputs whole through a fields change', () => {
    const inputs = { ...WORKED_EXAMPLE_INPUTS, retention: null, lifetimeYears: 4 };
    expect(applyClvChange(saved, { kind: 'fields', fields: { inputs } }, 40).inputs).toEqual(
      inputs,
    );
  });

  it('returns the same scenario for a change that sets nothing, so nothing is written', () => {
    expect(applyClvChange(saved, { kind: 'inputs', fields: {} }, 50)).toBe(saved);
    expect(applyClvChange(saved, { kind: 'fields', fields: {} }, 50)).toBe(saved);
  });

  it('never moves a scenario to another id or plan', () => {
    const sneaky = { name: 'x', id: 'other', planId: 'p9' } as const;
    const next = applyClvChange(saved, { kind: 'fields', fields: sneaky }, 60);
    expect([next.id, next.planId]).toEqual(['s1', 'p1']);
  });
});
