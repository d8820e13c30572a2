// When the open planner session must be rebuilt rather than merged into: another plan, new
// plan settings (months, locale, currency: the grids' columns change) or another language.
// Everything else — this tab's edits, another tab's, an import, a channel added or deleted —
// is merged into the session, which keeps its open editor and its undo log.
import type { Plan } from '../../domain/plan';
import type { Language } from '../../i18n';

export interface SessionKey {
  plan: Plan;
  language: Language;
}

function settingsOf(plan: Plan): string {
  return JSON.stringify({ ...plan, updatedAt: 0 });
}

export function sessionIsCurrent(
  session: SessionKey | null,
  stored: Plan,
  language: Language,
): boolean {
  return (
    session !== null &&
    session.language === language &&
    settingsOf(session.plan) === settingsOf(stored)
  );
}
