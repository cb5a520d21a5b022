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
import { createBackup, readBackup, restoreBackup, type OnProgress } from './backup';
import { bundleTables, putBundle, readAllBundles } from './bundles';
import { deleteContract, readAllContracts, restoreContract, saveContract, undoImport } from './contracts';
import type { PlannerDb } from './db';
import { analysePortfolioFile } from './portfolio-import';
import type { RegisterStore } from './register-store';
import { loadSettings, saveSettings, updateSettings } from './settings';
import { markDutyDone, markDutyNotDone, updatePipelineOverrides } from './law';
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
    imports: {
      /** The import worker wrote in its own connection: the register reads again. */
      committed: () => register.reload(),
      undo: async (importId: number) => {
        const row = await undoImport(db, importId);
        register.reload();
        return row;
      },
      /** Loads the bundled illustrative portfolio through the same path as any portfolio file. */
      loadSample: async (fileName: string, text: string) => {
        const existing = new Map((await readAllContracts(db)).map((c) => [c.reference, c]));
        const { summary } = await analysePortfolioFile(fileName, new TextEncoder().encode(text), existing).commit(db, () => undefined);
        register.reload();
        return summary;
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
    backup: {
      create: (onProgress?: OnProgress) => createBackup(db, new Date(), onProgress),
      check: (text: string, onProgress?: OnProgress) => readBackup(db, text, onProgress),
      restore: async (tables: Record<string, unknown[]>, onProgress?: OnProgress) => {
        await restoreBackup(db, tables, onProgress);
        register.reload();
      },
    },
    portfolio: {
      /** Everything the portfolio file holds, read in pages. */
      read: async () => {
        const [contracts, appraisals, settings] = await Promise.all([readAllContracts(db), readAllBundles(db), loadSettings(db)]);
        return { contracts, appraisals, settings };
      },
      /** The register alone, for the CSV. */
      readContracts: async () => {
        const [contracts, settings] = await Promise.all([readAllContracts(db), loadSettings(db)]);
        return { contracts, settings };
      },
    },
  };
}

export type Commands = ReturnType<typeof createCommands>;
