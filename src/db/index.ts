// The public face of the database layer: what src/state may use.
export { appDb, MixplanDb, DB_NAME, SCHEMA_VERSION } from './db';
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
export { RoiScenariosRepository, scenariosOf } from './roi-scenarios-repository';
export {
  DEFAULT_UNCERTAINTY,
  MAX_DRAWS,
  MAX_SCENARIO_LINES,
  restoreRoiScenario,
} from './restore-roi';
export { ClvScenariosRepository, clvScenariosOf } from './clv-scenarios-repository';
export {
  OrdersRepository,
  batchesOf,
  orderBatchesOf,
  readOrders,
  type ReplaceOrdersOptions,
} from './orders-repository';
export {
  ORDERS_PER_BATCH,
  restoreClvScenario,
  restoreOrderBatch,
  type OrderBatch,
} from './restore-clv';
export {
  ClvSettingsRepository,
  clvSettingsOf,
  type ClvSettingsEdit,
} from './clv-settings-repository';
export { restoreClvSettings, restoreSegmentRules, type ClvSettings } from './restore-clv-settings';
export {
  InfluencersRepository,
  influencerSettingsOf,
  influencersOf,
  type InfluencerSettingsEdit,
} from './influencers-repository';
export {
  restoreInfluencer,
  restoreInfluencerSettings,
  type StoredInfluencer,
} from './restore-influencers';
export { writeSplitAsScenario, type SplitAsScenario } from './scenario-plan';
export { PlanShiftRepository, type PlanShiftOutcome } from './plan-shift';
export {
  PlanChangesRepository,
  type BatchWritten,
  type ChangeBatch,
  type HistoryOp,
} from './plan-changes-repository';
export { observe, type Unsubscribe } from './live';
export { requestPersistence, type PersistenceState } from './persistence';
export { toStorageError, type StorageError, type StorageErrorCode } from './storage-error';
export {
  ImportCancelled,
  writePlanImport,
  withStrictDurability,
  type ImportWriteOptions,
  type PlanImportWrite,
} from './import-writer';
export {
  importHistory,
  undoImport,
  type ImportHistoryItem,
  type ImportUndoRecord,
  type UndoOutcome,
} from './import-undo';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupOfSnapshot,
  checkBackup,
  checksumOf,
  createBackup,
  databaseSummary,
  restoreBackup,
  type BackupError,
  type BackupErrorCode,
  type BackupSummary,
  type CheckedBackup,
} from './backup';
export {
  reopen,
  watchConnection,
  type ConnectionLoss,
  type ConnectionWatch,
  type WatchOptions,
} from './connection';
