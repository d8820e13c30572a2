// What the ROI screen builds before it stores anything: the open plan's channels with their
// planned spend inside the plan's window, a new scenario from the channels, the worked
// example, and a CSV file read to a scenario.
import '../i18n/roi-catalogue';
import { roiScenarioCsv, readRoiScenarioCsv } from '../csv/roi-scenario-csv';
import { decodeBytes } from '../csv/decode';
import { budgetAmount, type ChannelBudget } from '../domain/budget';
import { toCents } from '../domain/money';
import { monthRange } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import { err, ok, type Result } from '../domain/result';
import { newLine, workedExampleScenario } from '../domain/roi/examples';
import type { RoiScenario } from '../domain/roi/model';
import type { Language, MessageKey, MessageParams } from '../i18n';
import { readFileBytes } from './file-read';

/** A planner channel as the ROI panels see it: a linked line reads its media cost from it. */
export interface PlannedChannel {
  id: string;
  name: string;
  /** The planner catalogue category ('tv', 'social-ads', …): carry-over guidance uses it. */
  category: string;
  /** Planned spend over the plan's months (months outside its window are not counted), cents. */
  plannedCents: number;
}

/** Each channel of the plan, in its order, with its planned total inside the plan's window. */
export function plannedChannels(
  plan: Pick<Plan, 'id' | 'firstMonth' | 'monthCount'>,
  channels: readonly Channel[],
  budgets: readonly ChannelBudget[],
): PlannedChannel[] {
  const months = monthRange(plan.firstMonth, plan.monthCount);
  const byChannel = new Map(budgets.map((b) => [b.channelId, b]));
  return channels
    .filter((c) => c.planId === plan.id)
    .map((channel) => {
      const budget = byChannel.get(channel.id);
      let plannedCents = 0;
      if (budget)
        for (const month of months) plannedCents += budgetAmount(budget, month, 'planned');
      return { id: channel.id, name: channel.name, category: channel.category, plannedCents };
    });
}

export interface ScenarioIds {
  planId: string;
  newId: () => string;
  now: number;
  t: (key: MessageKey, params?: MessageParams) => string;
}

/** The worked example of DESIGN.md: 10 000 € of media for 40 000 € of revenue. */
export function exampleScenario(ids: ScenarioIds): RoiScenario {
  return workedExampleScenario({
    scenarioId: ids.newId(),
    lineId: ids.newId(),
    planId: ids.planId,
    now: ids.now,
    name: ids.t('roi.scenario.exampleName'),
    lineName: ids.t('roi.scenario.exampleLine'),
  });
}

/**
 * One line per channel of the plan, linked, its planned spend as media cost, and the plan's
 * planned total as the allocator's budget; one free-standing line when the plan has none.
 */
export function scenarioFromPlan(
  ids: ScenarioIds,
  channels: readonly PlannedChannel[],
  name: string,
): RoiScenario {
  const template = exampleScenario(ids);
  const lines =
    channels.length > 0
      ? channels.map((c) =>
          newLine({ id: ids.newId(), name: c.name, channelId: c.id, mediaCost: c.plannedCents }),
        )
      : [newLine({ id: ids.newId(), name: ids.t('roi.line.defaultName', { n: 1 }) })];
  const budget = channels.reduce((sum, c) => sum + c.plannedCents, 0);
  return {
    ...template,
    name,
    lines,
    objective: { kind: 'max-return', budget: toCents(budget) },
  };
}

/** The scenario's CSV and its file name, "<plan> - <scenario>.csv". */
export function scenarioFile(
  plan: Pick<Plan, 'name' | 'locale'>,
  scenario: RoiScenario,
  channels: readonly PlannedChannel[],
  language: Language,
): { text: string; name: string } {
  const channelNames = new Map(channels.map((c) => [c.id, c.name]));
  return {
    text: roiScenarioCsv(scenario, { locale: plan.locale, language, channelNames }),
    name: `${plan.name} - ${scenario.name}.csv`,
  };
}

/** Why a file gave no scenario: not text, or the rows the reader refused (all of them listed). */
export type ImportFailure =
  | { kind: 'file'; code: 'binary' | 'empty' }
  | {
      kind: 'rows';
      problems: { line: number; column: string | null; code: string; detail?: string }[];
    };

/** A scenario file's bytes → text → a new scenario of the plan, or every problem found. */
export async function readScenarioFile(
  file: Blob,
  plan: Pick<Plan, 'id' | 'locale'>,
  channels: readonly PlannedChannel[],
  ids: Pick<ScenarioIds, 'newId' | 'now'>,
): Promise<Result<RoiScenario, ImportFailure>> {
  const bytes = await readFileBytes(file, () => {}).bytes;
  const decoded = decodeBytes(bytes ?? new Uint8Array());
  if (!decoded.ok) return err({ kind: 'file', code: decoded.error.code });
  const read = readRoiScenarioCsv(decoded.value.text, {
    locale: plan.locale,
    channelIds: new Map(channels.map((c) => [c.name, c.id])),
    newId: ids.newId,
    now: ids.now,
    planId: plan.id,
  });
  return read.ok ? ok(read.value) : err({ kind: 'rows', problems: [...read.error] });
}
