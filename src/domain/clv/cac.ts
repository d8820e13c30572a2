// The CAC taken from a planner channel: its spend ÷ the customers it acquired, with its terms so
// that the tip prints "CAC = 1 500,00 € ÷ 240 clients = 6,25 €", and which CAC a scenario uses
// (typed, or its channel's) with the reason it falls back to the typed one.
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import type { ClvInputs } from './model';
import type { ClvScenario } from './scenario';

export interface ChannelCac {
  /** The channel's spend, cents. */
  spend: number;
  customers: number;
  /** spend ÷ customers, rounded to the cent (the simulator takes whole cents). */
  cac: Cents;
}

export type ChannelCacProblem =
  { code: 'no-customers' } | { code: 'customers-not-whole' } | { code: 'no-spend' };

/** CAC = spend ÷ customers, or why it cannot be told (no customers typed, or nothing spent). */
export function cacFromChannel(
  spendCents: number,
  customers: number | null,
): Result<ChannelCac, ChannelCacProblem> {
  if (customers === null || !(customers > 0)) return err({ code: 'no-customers' });
  if (!Number.isSafeInteger(customers)) return err({ code: 'customers-not-whole' });
  if (!Number.isSafeInteger(spendCents) || spendCents <= 0) return err({ code: 'no-spend' });
  return ok({ spend: spendCents, customers, cac: toCents(Math.round(spendCents / customers)) });
}

/** What a scenario may read of the plan's channels. */
export interface CacChannel {
  id: string;
  name: string;
  /** Planned spend over the plan's months, cents. */
  plannedCents: number;
}

/** Where the CAC a scenario uses comes from. */
export type ScenarioCac =
  | { source: 'typed'; cac: Cents }
  | { source: 'channel'; channel: CacChannel; terms: ChannelCac; cac: Cents }
  /** The channel is no longer in the plan: the typed CAC is used. */
  | { source: 'channel-gone'; cac: Cents }
  /** The channel's CAC cannot be told (no customers, no spend): the typed CAC is used. */
  | { source: 'channel-unusable'; channel: CacChannel; problem: ChannelCacProblem; cac: Cents };

export function scenarioCac(
  scenario: Pick<ClvScenario, 'inputs' | 'cacChannelId' | 'cacCustomers'>,
  channels: readonly CacChannel[],
): ScenarioCac {
  const typed = scenario.inputs.cac;
  if (scenario.cacChannelId === null) return { source: 'typed', cac: typed };
  const channel = channels.find((c) => c.id === scenario.cacChannelId);
  if (!channel) return { source: 'channel-gone', cac: typed };
  const terms = cacFromChannel(channel.plannedCents, scenario.cacCustomers);
  if (!terms.ok) return { source: 'channel-unusable', channel, problem: terms.error, cac: typed };
  return { source: 'channel', channel, terms: terms.value, cac: terms.value.cac };
}

/** The inputs the simulator computes with: the CAC replaced by the one the scenario uses. */
export function inputsWithCac(inputs: ClvInputs, cac: ScenarioCac): ClvInputs {
  return cac.cac === inputs.cac ? inputs : { ...inputs, cac: cac.cac };
}
