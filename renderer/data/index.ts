/**
 * The renderer's data layer: the only code that touches Dexie. Screens read through the hooks and
 * write through the commands; a lint rule keeps Dexie and the database out of everything else.
 */
export { DataProvider, useCommands } from './provider';
export { newId } from './appraisals';
export type { Commands } from './commands';
export {
  useAppraisalRecords,
  useAppraisalHistory,
  useAppraisalList,
  useContractHistory,
  useDutyCompletions,
  usePipelineOverrides,
  useRegister,
  useAutoBackupPrefs,
  useSampleSummary,
  useSettings,
  useWordTemplateInfo,
} from './hooks';
export type { AppraisalRecords } from './bundles';
export type { BackupSummary } from './backup';
export { DbVersionFromFutureError, openDb, type PlannerDb } from './db';
export { askPersistentStorageOnce, NOT_PERSISTENT_WARNING } from './persistent-storage';
export { beginSnapshotWrite } from './first-screen-snapshot';
export {
  cancelEdit,
  clearJournalled,
  flushEdit,
  flushInProgress,
  flushPendingEdits,
  journalEdit,
  scheduleEdit,
  takeJournalled,
} from './pending-edits';
export type { WordTemplateFile } from './word-template';
