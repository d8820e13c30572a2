// A guided example's pointer value written as the screen it names writes it: money and
// percents in the plan's locale, a CLV : CAC ratio as "4,46 : 1" (clv-tips.ts).
import type { PointerValue } from '../../../domain/examples/types';
import { figureFormat } from '../../../ui/figure-format';

export function pointerValue(value: PointerValue, locale: string, currency: string): string {
  const fmt = figureFormat(locale, currency);
  switch (value.kind) {
    case 'money':
      return fmt.money(value.cents);
    case 'percent':
      return fmt.percent(value.fraction, value.digits);
    case 'count':
      return fmt.number(value.value, value.digits);
    case 'ratio':
      return `${fmt.number(value.value, 2)} : 1`;
  }
}
