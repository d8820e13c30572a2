// The open plan's RFM segment rules and the names the user gave its segments (the defaults
// until edited). First step: the defaults only; storing edits per plan comes with the editor.
import '../i18n/clv-catalogue';
import { DEFAULT_SEGMENT_RULES, type SegmentRules } from '../domain/clv/rfm-segments';
import type { AppState } from './app-state.svelte';

export class RfmRules {
  readonly #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  get rules(): SegmentRules {
    return DEFAULT_SEGMENT_RULES;
  }

  /** A segment's name in the user's language (or as the user renamed it). */
  label(segmentId: string): string {
    return segmentId;
  }
}
