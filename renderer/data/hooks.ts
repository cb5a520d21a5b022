import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { appraisalHistory } from './appraisals';
import { loadAppraisalData, type AppraisalRecords } from './bundles';
import { contractHistory } from './contracts';
import type { ChangeLogRow } from './db';
import { useDataServices } from './provider';
import type { RegisterSnapshot } from './register-store';
import { loadSettings, settingsFromStored } from './settings';
import { readDutyCompletions, readPipelineOverrides } from './law';
import type { DutyCompletions } from '@shared/domain';
import { sampleSummary } from './sample';
import { autoBackupPrefs } from './auto-backup';
import { wordTemplateInfo } from './word-template';

/**
 * The UI's reads. Each hook re-renders when what it read changes; large tables are read in pages
 * and shared (the register), small ones are live queries.
 */

/**
 * Settings, with defaults for anything not yet set; undefined while loading. Until the first live
 * read answers, the settings the start-up read found (db-early.ts) stand in, so the register's
 * first rows need not wait for another round trip; after that they are forgotten, as a later
 * screen must not see them once settings could have changed.
 */
export function useSettings() {
  const { db } = useDataServices();
  const [atStart] = useState(() => {
    const stored = db.startupSettings();
    return stored ? settingsFromStored(stored.value) : undefined;
  });
  const live = useLiveQuery(() => loadSettings(db), [db]);
  useEffect(() => {
    if (live) db.forgetStartupSettings();
  }, [db, live]);
  return live ?? atStart;
}

/**
 * Every contract, shared by every screen. With `full: false` only the first screenful is read until
 * the caller asks for the rest (`requestAll`), so the register can paint before the full read begins.
 */
export function useRegister({ full = true }: { full?: boolean } = {}): RegisterSnapshot & { requestAll: () => void } {
  const { register } = useDataServices();
  const snapshot = useSyncExternalStore(register.subscribe, register.getSnapshot);
  useEffect(() => {
    if (full) register.requestAll();
    else register.start();
  }, [register, full]);
  // One function per store, so an effect that depends on it runs once, not on every render.
  const requestAll = useCallback(() => register.requestAll(), [register]);
  return { ...snapshot, requestAll };
}

/** One appraisal with its contracts and the settings; null once it no longer exists, undefined while loading. */
export function useAppraisalRecords(appraisalId: string): AppraisalRecords | null | undefined {
  const { db } = useDataServices();
  return useLiveQuery(() => loadAppraisalData(db, appraisalId).then((d) => d ?? null), [db, appraisalId]);
}

/** The appraisals, most recently changed first. */
export function useAppraisalList() {
  const { db } = useDataServices();
  return useLiveQuery(() => db.appraisals.orderBy('updatedAt').reverse().toArray(), [db]);
}

export function useContractHistory(reference: string | undefined): ChangeLogRow[] | undefined {
  const { db } = useDataServices();
  return useLiveQuery(() => (reference ? contractHistory(db, reference) : []), [db, reference]);
}

export function useAppraisalHistory(appraisalId: string): ChangeLogRow[] | undefined {
  const { db } = useDataServices();
  return useLiveQuery(() => appraisalHistory(db, appraisalId), [db, appraisalId]);
}

/** The pipeline notice's per-entry overrides for a financial year; undefined while loading. */
export function usePipelineOverrides(financialYear: number) {
  const { db } = useDataServices();
  return useLiveQuery(() => readPipelineOverrides(db, financialYear), [db, financialYear]);
}

/** Every Procurement Act duty marked done, live; undefined while loading. */
export function useDutyCompletions(): DutyCompletions | undefined {
  const { db } = useDataServices();
  return useLiveQuery(() => readDutyCompletions(db), [db]);
}

/** The sample portfolio as loaded now (contracts 0 when it is not); undefined while loading. */
export function useSampleSummary() {
  const { db } = useDataServices();
  return useLiveQuery(() => sampleSummary(db), [db]);
}

/** How many automatic backups to keep and when the last was made; undefined while loading. */
export function useAutoBackupPrefs() {
  const { db } = useDataServices();
  return useLiveQuery(() => autoBackupPrefs(db), [db]);
}

/** The chosen Word template's name, size and when it was chosen; null when none, undefined while loading. */
export function useWordTemplateInfo() {
  const { db } = useDataServices();
  return useLiveQuery(() => wordTemplateInfo(db), [db]);
}
