// The start-up face of the database layer: what the shell and the planner need to open,
// read and write a plan. Everything a screen loaded later uses (imports and their undo,
// backup and restore, ROI and CLV scenarios, orders, influencers) is imported by that
// screen's state straight from its own module (`../db/backup`, `../db/import-writer`…):
// re-exported from here, it would be fetched with the first screen by every visitor
// (about 13 KB gzip of restore steps and domain code on the first load).
export { appDb, MixplanDb, DB_NAME, SCHEMA_VERSION } from './db';
export { noDatabaseYet } from './first-visit';
export {
  ChannelsRepository,
  PlansRepository,
  bumpRevision,
  revisionKey,
  type PlanHead,
  type PlanSnapshot,
  type PlanVersion,
  type StorageResult,
} from './plans-repository';
export { MetaRepository } from './meta-repository';
export { PlanShiftRepository, type PlanShiftOutcome } from './plan-shift';
export {
  PlanChangesRepository,
  type BatchWritten,
  type ChangeBatch,
  type HistoryOp,
} from './plan-changes-repository';
export { observe, stampWrite, type Unsubscribe } from './live';
export { requestPersistence, type PersistenceState } from './persistence';
export { toStorageError, type StorageError, type StorageErrorCode } from './storage-error';
export {
  reopen,
  watchConnection,
  type ConnectionLoss,
  type ConnectionWatch,
  type WatchOptions,
} from './connection';
