// What a guided example is made of: a whole demo workspace (a plan and every record the
// screens read for it, in the shapes the tables hold) and the figures it asks the user to look
// at, each computed from that workspace by the app's own domain functions. Pure data: the
// database layer writes it, the Learn page words it.
import type { ChannelBudget } from '../budget';
import type { ClvScenario } from '../clv/scenario';
import type { Influencer } from '../influencers/model';
import type { Lead, ScoringModel } from '../leads/model';
import type { Month } from '../months';
import type { Channel, Plan } from '../plan';
import type { RoiScenario } from '../roi/model';

export const EXAMPLE_IDS = ['omnichannel-shop', 'open-day', 'trade-show', 'sampling-sms'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export function isExampleId(value: unknown): value is ExampleId {
  return EXAMPLE_IDS.some((id) => id === value);
}

export type ExampleLanguage = 'fr' | 'en';

/** A text of the example's data (a channel's name…) in both UI languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** What building an example needs from outside: the language, ids and time are passed in. */
export interface ExampleContext {
  language: ExampleLanguage;
  newId: () => string;
  now: number;
  /** The month in progress: the plan is laid out around it (actuals before, commitments now). */
  thisMonth: Month;
  /** Today, 'YYYY-MM-DD': leads are dated back from it. */
  today: string;
}

/** Every record of one example, as the tables hold them (all keyed by the plan's id). */
export interface ExampleWorkspace {
  plan: Plan & { example: ExampleId };
  channels: Channel[];
  budgets: ChannelBudget[];
  roiScenarios: RoiScenario[];
  clvScenarios: ClvScenario[];
  influencers: Influencer[];
  leads: Lead[];
  leadCriteria: ScoringModel | null;
}

/** How a pointer's value is written: as the screen it names writes it. */
export type PointerValue =
  | { kind: 'money'; cents: number }
  | { kind: 'percent'; fraction: number; digits: number }
  | { kind: 'count'; value: number; digits: number }
  /** "3,2 : 1". */
  | { kind: 'ratio'; value: number };

/** The screen a pointer opens, and the element there it brings into view (when it has one). */
export interface PointerTarget {
  view: 'planner' | 'roi' | 'clv' | 'influencers' | 'leads';
  tab?: string;
  figure?: string;
}

/** One "what to look at": its words are `examples.<example>.pointer.<id>` in the i18n files. */
export interface ExamplePointer {
  id: string;
  value: PointerValue;
  target: PointerTarget;
  /** Names the pointer's sentence may quote (a channel, an influencer), in the load language. */
  names?: Readonly<Record<string, string>>;
}
