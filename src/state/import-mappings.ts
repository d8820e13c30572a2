// The column mapping the user confirmed last time, per CSV target: read once from the meta
// table, offered again with the next file, stored with the import it served.
import { MetaRepository, type MixplanDb } from '../db';
import { readRemembered, type RememberedMapping } from '../csv/mapping';
import type { TargetId } from '../csv/target';

const MAPPING_KEY = 'csvMapping:';

export class RememberedMappings {
  readonly #byTarget: Partial<Record<string, RememberedMapping>> = {};

  constructor(db: MixplanDb) {
    new MetaRepository(db)
      .all()
      .then((values) => {
        for (const [key, value] of values) {
          if (key.startsWith(MAPPING_KEY)) {
            this.#byTarget[key.slice(MAPPING_KEY.length)] = readRemembered(value);
          }
        }
      })
      // Remembered mappings only spare a few clicks: without them, synonyms still map.
      .catch(() => undefined);
  }

  of(targetId: TargetId): RememberedMapping {
    return this.#byTarget[targetId] ?? {};
  }

  /** The meta record that stores the mapping, written in the import's own transaction. */
  record(targetId: TargetId, mapping: RememberedMapping): { key: string; value: unknown } {
    return { key: MAPPING_KEY + targetId, value: mapping };
  }

  /** Once the import that used it is stored. */
  keep(targetId: TargetId, mapping: RememberedMapping): void {
    this.#byTarget[targetId] = mapping;
  }
}
