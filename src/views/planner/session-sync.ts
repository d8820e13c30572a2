// When the open planner session must be rebuilt: another plan, another language, a change
// made from outside the session (its revision or the app's data epoch moved), or new plan
// settings. The session's
// own cell edits change none of these, so they never reset the grids or their undo.
import type { Plan } from '../../domain/plan';
import type { Language } from '../../i18n';
import type { PlanVersion } from '../../state/plan-data.svelte';

export interface SessionKey {
  plan: Plan;
  revision: number;
  /** The app's data epoch when the session was loaded (imports and restores move it). */
  epoch: number;
  language: Language;
}

function settingsOf(plan: Plan): string {
  return JSON.stringify({ ...plan, updatedAt: 0 });
}

export function sessionIsCurrent(
  session: SessionKey | null,
  version: PlanVersion,
  language: Language,
  epoch: number,
): boolean {
  return (
    session !== null &&
    session.language === language &&
    session.epoch === epoch &&
    session.revision === version.revision &&
    settingsOf(session.plan) === settingsOf(version.plan)
  );
}
