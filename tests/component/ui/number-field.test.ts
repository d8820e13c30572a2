// A number field of the ROI screen as a user reads it: the plan's currency symbol after a money
// field (from the plan's locale and currency), "%" after a percent, nothing after a count, and
// a name that is the label alone, even while the field shows why a value is refused.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NumberField from '../../../src/ui/NumberField.svelte';

function field(props: {
  kind: 'money' | 'percent' | 'number';
  locale?: string;
  currency?: string;
  error?: string;
}) {
  const onvalue = vi.fn<(value: number | null) => void>();
  render(NumberField, {
    label: 'Montant',
    value: 125_000,
    locale: props.locale ?? 'fr-FR',
    currency: props.currency ?? 'EUR',
    kind: props.kind,
    error: props.error ?? '',
    unreadable: 'Nombre illisible.',
    onvalue,
  });
  const input = screen.getByRole('textbox', { name: 'Montant' });
  // The unit is written right after the field, in the same block.
  const unit = input.parentElement?.querySelector('.unit')?.textContent ?? null;
  return { input, unit, onvalue };
}

describe('NumberField', () => {
  it.each([
    { kind: 'money', locale: 'fr-FR', currency: 'EUR', unit: '€' },
    { kind: 'money', locale: 'en-US', currency: 'USD', unit: '$' },
    { kind: 'money', locale: 'en-GB', currency: 'GBP', unit: '£' },
    { kind: 'percent', locale: 'fr-FR', currency: 'EUR', unit: '%' },
    { kind: 'number', locale: 'fr-FR', currency: 'EUR', unit: null },
  ] as const)('a $kind field in $locale / $currency is followed by its unit: $unit', (row) => {
    const { unit } = field(row);
    expect(unit).toBe(row.unit);
  });

  it('reads 1 250 € as 1 250,00 and hands over cents: "12,5" typed is 1 250 cents', async () => {
    const user = userEvent.setup();
    const { input, onvalue } = field({ kind: 'money' });
    // 125 000 cents = 1 250 €, shown without grouping so that it edits as typed.
    expect(input).toHaveValue('1250');
    await user.clear(input);
    await user.type(input, '12,5');
    // 12,5 € = 1 250 cents.
    expect(onvalue).toHaveBeenLastCalledWith(1250);
  });

  it('keeps its name to the label while a refusal is shown, the reason as its description', () => {
    const { input } = field({ kind: 'money', error: 'Ne peut pas être négatif.' });
    expect(input).toHaveAccessibleName('Montant');
    expect(input).toHaveAccessibleDescription('Ne peut pas être négatif.');
    expect(screen.getByLabelText('Montant')).toBe(input);
  });
});
