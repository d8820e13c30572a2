// When the open planner session must be rebuilt rather than merged into: another plan, new
// months, locale or currency (the grids' columns and formats change), another language.
// Everything else — this tab's edits, another tab's, an import, a channel added or deleted,
// a new name or target — is merged into the session, which keeps its open editor and its
// undo log.
import type { Plan } from '../../domain/plan';
import type { Language } from '../../i18n';

export interface SessionKey {
  plan: Plan;
  language: Language;
}

/** What the grids are built from: their columns (months) and number formats. */
function layoutOf(plan: Plan): string {
  return JSON.stringify([plan.firstMonth, plan.monthCount, plan.locale, plan.currency]);
}

export function sessionIsCurrent(
  session: SessionKey | null,
  stored: Plan,
  language: Language,
): boolean {
  return (
    session !== null &&
    session.plan.id === stored.id &&
    session.language === language &&
    layoutOf(session.plan) === layoutOf(stored)
  );
}
