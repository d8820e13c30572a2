// "Write as a new scenario" from the allocator: the split becomes a copy of the plan, named
// after the plan and the ROI scenario, and a toast offers to open the copy in the planner.
import '../i18n/roi-catalogue';
import { writeSplitAsScenario } from '../db/scenario-plan';
import { toCents } from '../domain/money';
import type { Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';

/** True when the copy was written; failures are said in a toast. The source is never written. */
export async function writeSplitPlan(
  app: AppState,
  plan: Plan,
  scenarioName: string,
  split: readonly { channelId: string; cents: number }[],
): Promise<boolean> {
  const { t } = app.i18n;
  const name = t('roi.split.planName', { plan: plan.name, scenario: scenarioName });
  const result = await writeSplitAsScenario(
    app.db,
    () => ({ now: app.env.now() }),
    {
      sourcePlanId: plan.id,
      copy: { id: app.env.newId(), name },
      // The allocator splits to the cent; rounding only guards the branded type.
      split: split.map((s) => ({ channelId: s.channelId, cents: toCents(Math.round(s.cents)) })),
    },
    app.env.newId,
  );
  if (!result.ok) {
    app.toasts.show(app.i18n.storageMessage(result.error), { kind: 'error' });
    return false;
  }
  const copy = result.value;
  if (!copy) {
    app.toasts.show(t('roi.split.planGone'), { kind: 'error' });
    return false;
  }
  app.toasts.show(t('roi.split.written', { name: copy.name }), {
    action: {
      label: t('roi.split.open'),
      run: () => {
        void app.workspace.open(copy.id).then(() => (window.location.hash = '#/planner'));
      },
    },
  });
  return true;
}
