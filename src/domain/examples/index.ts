// The guided examples by id: each builds its whole workspace for the language and day of the
// load, and names the figures to look at, computed from that workspace. Loaded on demand (the
// Learn page's or the welcome screen's click): none of it is in the first load.
import { omnichannelShop, omnichannelShopPointers } from './omnichannel-shop';
import { openDay, openDayPointers } from './open-day';
import { samplingSms, samplingSmsPointers } from './sampling-sms';
import { tradeShow, tradeShowPointers } from './trade-show';
import type { ExampleContext, ExampleId, ExamplePointer, ExampleWorkspace } from './types';

export * from './types';

interface ExampleDefinition {
  build: (ctx: ExampleContext) => ExampleWorkspace;
  /** `today` is the date the lead scores are computed at ('YYYY-MM-DD'). */
  pointers: (ws: ExampleWorkspace, today: string) => ExamplePointer[];
}

const EXAMPLES: Readonly<Record<ExampleId, ExampleDefinition>> = {
  'omnichannel-shop': { build: omnichannelShop, pointers: omnichannelShopPointers },
  'open-day': { build: openDay, pointers: openDayPointers },
  'trade-show': { build: tradeShow, pointers: tradeShowPointers },
  'sampling-sms': { build: samplingSms, pointers: samplingSmsPointers },
};

export function buildExample(id: ExampleId, ctx: ExampleContext): ExampleWorkspace {
  return EXAMPLES[id].build(ctx);
}

export function examplePointers(ws: ExampleWorkspace, today: string): ExamplePointer[] {
  return EXAMPLES[ws.plan.example].pointers(ws, today);
}
