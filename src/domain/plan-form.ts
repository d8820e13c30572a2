// Reads the plan settings form as the user typed it: every field checked, amounts parsed
// exactly in the plan's own number format, and every problem named with its field.
import { parseMoney, type Cents } from './money';
import { decimalSeparatorOf, type NumberParseErrorCode } from './number-parse';
import { parseMonth } from './months';
import { APP_LOCALES, planErrors, type AppLocale, type Plan, type PlanFieldError } from './plan';
import { err, ok, type Result } from './result';

export interface PlanFormInput {
  name: string;
  currency: string;
  locale: string;
  firstMonth: string;
  monthCount: string;
  targetBudget: string;
}

export type PlanFormError =
  | PlanFieldError
  | { field: 'targetBudget'; code: NumberParseErrorCode; input: string }
  | { field: 'locale'; code: 'unsupported' };

export type PlanSettings = Pick<
  Plan,
  'name' | 'currency' | 'locale' | 'firstMonth' | 'monthCount' | 'targetBudget'
>;

function readLocale(value: string): AppLocale | null {
  return APP_LOCALES.find((l) => l === value) ?? null;
}

export function readPlanForm(input: PlanFormInput): Result<PlanSettings, PlanFormError[]> {
  const errors: PlanFormError[] = [];
  const locale = readLocale(input.locale);
  if (!locale) errors.push({ field: 'locale', code: 'unsupported' });
  const monthCount = /^\s*\d+\s*$/.test(input.monthCount) ? Number(input.monthCount) : NaN;
  const firstMonth = parseMonth(input.firstMonth.trim());
  errors.push(
    ...planErrors({
      name: input.name,
      currency: input.currency,
      firstMonth: firstMonth ?? input.firstMonth,
      monthCount,
    }),
  );

  let targetBudget: Cents | null = null;
  if (input.targetBudget.trim() !== '') {
    const parsed = parseMoney(input.targetBudget, decimalSeparatorOf(locale ?? 'fr-FR'), {
      allowNegative: false,
    });
    if (parsed.ok) targetBudget = parsed.value;
    else errors.push({ field: 'targetBudget', code: parsed.error.code, input: input.targetBudget });
  }

  if (errors.length > 0 || !locale || !firstMonth) return err(errors);
  return ok({
    name: input.name.trim(),
    currency: input.currency,
    locale,
    firstMonth,
    monthCount,
    targetBudget,
  });
}
