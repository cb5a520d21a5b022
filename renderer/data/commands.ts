import type { Appraisal, Contract, Option, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import {
  addChild,
  createAppraisal,
  deleteAppraisal,
  deleteChild,
  duplicateAppraisal,
  saveOptionTerms,
  updateAppraisal,
  updateChild,
  type Child,
  type ChildKind,
  type NewAppraisal,
} from './appraisals';
import type { OnProgress } from './backup';
import { checkBackupOffThread, restoreCheckedBackup, writeBackupTo } from './backup-client';
import { bundleTables, putBundle, readAllBundles } from './bundles';
import { deleteContract, readAllContracts, restoreContract, saveContract } from './contracts';
import { updateContractKpis } from './kpi-ratings';
import { pruneImportUndo, undoImportIfUnedited } from './import-undo';
import { watchImportUndo } from './import-undo-watch';
import type { PlannerDb } from './db';
import { analysePortfolioFile } from './portfolio-import';
import { flushPendingEdits } from './pending-edits';
import type { BackupTarget } from '@shared/ipc';
import { autoBackupIfDue, setAutoBackupKeep } from './auto-backup';
import { putBackSample, removeSample, SAMPLE_TRUST_NAME_KEY, sampleSummary, type SampleRemoval } from './sample';
import type { RegisterStore } from './register-store';
import { loadSettings, saveSettings, updateSettings } from './settings';
import { markDutyDone, markDutyNotDone, updatePipelineOverrides } from './law';
import { readWordTemplate, removeWordTemplate, saveWordTemplate, type WordTemplateFile } from './word-template';
import type { DutyCompletion, PipelineOverrides } from '@shared/domain';

/**
 * Every write the UI can make, bound to the open database: components call these and never see
 * the database. Each keeps the shared register in step with what it wrote, so no screen has to
 * read the whole register again after an edit.
 */
export function createCommands(db: PlannerDb, register: RegisterStore) {
  return {
    contracts: {
      save: async (after: Contract, before?: Contract) => {
        await saveContract(db, after, before);
        register.applySaved(after, before?.reference);
      },
      remove: async (contract: Contract) => {
        await deleteContract(db, contract);
        register.applyDeleted(contract.reference);
      },
      restore: async (contract: Contract) => {
        await restoreContract(db, contract);
        register.applySaved(contract);
      },
    },
    kpis: {
      /**
       * Changes one contract's KPIs or their ratings per assessment period (PA 2023 s.71) through
       * `update`, applied to the fields as stored; `summary` goes in the contract's change history.
       */
      update: async (reference: string, update: Parameters<typeof updateContractKpis>[2], summary: string) => {
        const after = await updateContractKpis(db, reference, update, summary);
        register.applySaved(after);
        return after;
      },
    },
    imports: {
      /** The import worker wrote in its own connection: the register reads again, and old undo records go. */
      committed: () => {
        register.reload();
        // Pruning only frees space: if it fails, the next import tries again.
        pruneImportUndo(db).catch((error: unknown) => console.error('Pruning old import undo records failed', error));
      },
      /** Refuses (AppError IMPORT_UNDO_REFUSED, with the reason) once anything imported has been edited. */
      undo: async (importId: number) => {
        const row = await undoImportIfUnedited(db, importId);
        register.reload();
        return row;
      },
      /**
       * Calls back with why the import can no longer be undone (undefined while it can), again
       * whenever that changes; returns the unsubscribe.
       */
      watchUndo: (importId: number, onChange: (reason: string | undefined) => void) =>
        watchImportUndo(db, importId, onChange, (error: unknown) =>
          console.error('Checking whether the import can be undone failed', error),
        ),
      /** Loads the bundled illustrative portfolio through the same path as any portfolio file. */
      loadSample: async (fileName: string, text: string) => {
        const existing = new Map((await readAllContracts(db)).map((c) => [c.reference, c]));
        const { summary } = await analysePortfolioFile(fileName, new TextEncoder().encode(text), existing).commit(db, () => undefined);
        register.reload();
        await pruneImportUndo(db);
        const trustName = (JSON.parse(text) as { organisation?: { trustName?: unknown } }).organisation?.trustName;
        if (typeof trustName === 'string') await db.meta.put({ key: SAMPLE_TRUST_NAME_KEY, value: trustName });
        return summary;
      },
    },
    sample: {
      /** How many sample contracts are loaded (0 when none) and which appraisals go with them. */
      summary: () => sampleSummary(db),
      /** Removes the sample contracts, their appraisals and the sample's trust name; `removal` is for putBack (Undo). */
      remove: async () => {
        const removed = await removeSample(db);
        register.reload();
        return removed;
      },
      /** Undo of remove: puts back exactly what it removed. */
      putBack: async (removal: SampleRemoval) => {
        await putBackSample(db, removal);
        register.reload();
      },
    },
    appraisals: {
      create: (input: NewAppraisal) => createAppraisal(db, input),
      duplicate: (appraisalId: string) => duplicateAppraisal(db, appraisalId),
      remove: (appraisalId: string) => deleteAppraisal(db, appraisalId),
      /** Puts a deleted appraisal back as it was (Undo). */
      putBack: (bundle: AppraisalBundle) => db.transaction('rw', bundleTables(db), () => putBundle(db, bundle)),
      update: (appraisalId: string, update: (current: Appraisal) => Appraisal, summary: string) =>
        updateAppraisal(db, appraisalId, update, summary),
      addChild: (kind: ChildKind, record: Child) => addChild(db, kind, record),
      updateChild: <T extends Child>(kind: ChildKind, record: T, update: (current: T) => T) => updateChild(db, kind, record, update),
      deleteChild: (kind: ChildKind, record: Child) => deleteChild(db, kind, record),
      saveOptionTerms: (option: Option, patch: Partial<Option['terms']>) => saveOptionTerms(db, option, patch),
    },
    settings: {
      save: (settings: Settings) => saveSettings(db, settings),
      update: (update: (current: Settings) => Settings, summary?: string) => updateSettings(db, update, summary),
      /** The trust's own name, which heads the register and every board paper. */
      setTrustName: (trustName: string) =>
        updateSettings(db, (s) => ({ ...s, organisation: { ...s.organisation, trustName } }), `Set the trust name to ${trustName}`),
    },
    wordTemplate: {
      /** The trust's own Word template (Settings › Word template) with its bytes; null when none is chosen. */
      read: () => readWordTemplate(db),
      save: (file: WordTemplateFile) => saveWordTemplate(db, file),
      remove: () => removeWordTemplate(db),
    },
    pipeline: {
      /** Changes the pipeline notice's per-entry overrides for one financial year. */
      updateOverrides: (financialYear: number, update: (current: PipelineOverrides) => PipelineOverrides) =>
        updatePipelineOverrides(db, financialYear, update),
    },
    duties: {
      /** Marks a Procurement Act duty done (Renewals › Notices due); `summary` goes in the change history. */
      markDone: (mark: DutyCompletion, summary: string) => markDutyDone(db, mark, summary),
      /** Opens a duty marked done again. */
      markNotDone: (duty: Pick<DutyCompletion, 'contractRef' | 'kind' | 'dueDate'>, summary: string) => markDutyNotDone(db, duty, summary),
    },
    autoBackup: {
      /** Backs up into what `begin` opens (the desktop host's) when a day has passed, or at once with `force` (on quit). */
      runIfDue: async (begin: (keep: number) => Promise<BackupTarget>, force = false) => {
        await flushPendingEdits();
        return autoBackupIfDue(db, begin, { force });
      },
      setKeep: (keep: number) => setAutoBackupKeep(db, keep),
    },
    backup: {
      /** Streams a backup into `target` (a file the user named), part by part; the saved file's name. */
      writeTo: async (target: BackupTarget, onProgress?: OnProgress) => {
        await flushPendingEdits();
        return writeBackupTo(db, target, { onProgress });
      },
      /**
       * Checks a backup (a file's bytes, which move to the worker: `file` is emptied) in a worker;
       * `tables` stands for the checked rows, which stay there for restore.
       */
      check: (file: Uint8Array, onProgress?: OnProgress) => checkBackupOffThread(db, file, onProgress),
      restore: async (tables: Record<string, unknown[]>, onProgress?: OnProgress) => {
        await restoreCheckedBackup(db, tables, onProgress);
        register.reload();
      },
    },
    portfolio: {
      /** Everything the portfolio file holds, read in pages. */
      read: async () => {
        await flushPendingEdits();
        const [contracts, appraisals, settings] = await Promise.all([readAllContracts(db), readAllBundles(db), loadSettings(db)]);
        return { contracts, appraisals, settings };
      },
      /** The register alone, for the CSV. */
      readContracts: async () => {
        await flushPendingEdits();
        const [contracts, settings] = await Promise.all([readAllContracts(db), loadSettings(db)]);
        return { contracts, settings };
      },
    },
  };
}

export type Commands = ReturnType<typeof createCommands>;
