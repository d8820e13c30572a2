// The ROI scenarios of a shared plan: written without ids or dates (the copy gets its own),
// a line's planner channel named by its place in the plan's channel list. Reading picks the
// same fields at every level, so that nothing a crafted link adds reaches the database.
import type { Channel } from '../domain/plan';
import type { RoiScenario } from '../domain/roi/model';
import { restoreRoiScenario } from './restore-roi';
import { isRecord, pick, sameValue, type Loose } from './share-fields';

const ESTIMATE = ['likely', 'low', 'high'] as const;
const FUNNEL = ['impressions', 'clickRate', 'leadRate', 'closeRate', 'averageBasket'] as const;

function estimate(raw: unknown): Loose {
  return pick(raw, ESTIMATE);
}

function gains(raw: unknown): Loose {
  const kind = isRecord(raw) ? raw.kind : undefined;
  if (kind !== 'funnel') return { ...pick(raw, ['kind']), ...mapped(raw, ['revenue'], estimate) };
  return { ...pick(raw, ['kind', 'audience']), ...mapped(raw, FUNNEL, estimate) };
}

function objective(raw: unknown): Loose {
  const kind = isRecord(raw) ? raw.kind : undefined;
  return pick(raw, ['kind', kind === 'max-return' ? 'budget' : 'value']);
}

/** The given fields of raw, each passed through `part`. */
function mapped(raw: unknown, keys: readonly string[], part: (value: unknown) => Loose): Loose {
  const out: Loose = {};
  if (!isRecord(raw)) return out;
  for (const key of keys) if (Object.hasOwn(raw, key)) out[key] = part(raw[key]);
  return out;
}

const LINE_COSTS = ['mediaCost', 'creativeCost', 'staffHours', 'staffHourlyCost'] as const;

/** A line's fields but its id and channel, picked. */
function lineBody(raw: unknown): Loose {
  return {
    ...pick(raw, ['name']),
    ...mapped(raw, LINE_COSTS, estimate),
    ...mapped(raw, ['gains'], gains),
    ...mapped(raw, ['curve'], (v) => pick(v, ['doublingGain', 'shape', 'carryOver'])),
    ...mapped(raw, ['bounds'], (v) => pick(v, ['min', 'max', 'locked', 'minimumBuy'])),
  };
}

function scenarioBody(raw: unknown): Loose {
  return {
    ...pick(raw, ['name', 'gainBasis']),
    ...mapped(raw, ['marginRate'], estimate),
    ...mapped(raw, ['objective'], objective),
    ...mapped(raw, ['uncertainty'], (v) => pick(v, ['distribution', 'draws', 'seed', 'targetRoi'])),
  };
}

/** A scenario as a link carries it: a line's channel is its index in `channels`, or null. */
export function roiPart(scenario: RoiScenario, channels: readonly Channel[]): Loose {
  const index = new Map(channels.map((c, i) => [c.id, i]));
  return {
    ...scenarioBody(scenario),
    lines: scenario.lines.map((line) => ({
      ...lineBody(line),
      channel: line.channelId === null ? null : (index.get(line.channelId) ?? null),
    })),
  };
}

/**
 * The scenario a link's part describes, with the given ids, or null when any of its values
 * is one the app would repair on reading (restore-roi.ts): such a part was not written by us.
 */
export function roiFromPart(
  raw: unknown,
  ids: { id: string; planId: string; now: number },
  channels: readonly Channel[],
): RoiScenario | null {
  if (!isRecord(raw) || !Array.isArray(raw.lines)) return null;
  const lines: Loose[] = [];
  for (const [i, line] of raw.lines.entries()) {
    const channel = isRecord(line) ? line.channel : undefined;
    if (channel !== null && !(Number.isInteger(channel) && channels[channel as number])) {
      return null;
    }
    const channelId = channel === null ? null : (channels[channel as number]?.id ?? null);
    lines.push({ id: `line-${i}`, ...lineBody(line), channelId });
  }
  const candidate = {
    id: ids.id,
    planId: ids.planId,
    ...scenarioBody(raw),
    lines,
    createdAt: ids.now,
    updatedAt: ids.now,
  };
  const restored = restoreRoiScenario(candidate);
  return restored !== null && sameValue(restored, candidate) ? restored : null;
}
