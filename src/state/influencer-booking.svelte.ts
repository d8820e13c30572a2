// Bookings of influencers into the plan's budget: booking one for a month adds (or updates) its
// cost in the plan's influence channel (created if missing); cancelling removes it.
//
// FIRST STEP: the API as the sheet uses it. The write through the planner's write path comes
// with the booking work, keeping every member below.
import type { Influencer } from '../domain/influencers/model';
import type { Cents } from '../domain/money';
import type { AppState } from './app-state.svelte';
import type { InfluencersWorkspace } from './influencers-workspace.svelte';

export class InfluencerBooking {
  readonly #workspace: InfluencersWorkspace;

  /** Must be constructed during component setup. */
  constructor(app: AppState, workspace: InfluencersWorkspace) {
    void app;
    this.#workspace = workspace;
  }

  /** Books the influencer for a plan month ('YYYY-MM') at this cost. */
  async book(influencer: Influencer, month: string, cost: Cents): Promise<boolean> {
    this.#workspace.edit(influencer.id, {
      kind: 'fields',
      fields: { bookedMonth: month, bookedCost: cost, status: 'booked' },
    });
    return true;
  }

  /** Cancels the influencer's booking: its cost leaves the budget. */
  async cancel(influencer: Influencer): Promise<boolean> {
    this.#workspace.edit(influencer.id, {
      kind: 'fields',
      fields: { bookedMonth: null, bookedCost: null, status: 'negotiating' },
    });
    return true;
  }
}
