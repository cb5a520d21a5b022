import Dexie from 'dexie';
import type { Contract } from '@shared/domain';
import { recordImport, type ImportPlan } from './contracts';
import type { PlannerDb } from './db';

/*
 * The streaming import (issue 16; docs/architecture.md, "The streaming import"). A register import
 * writes each contract as soon as its row is checked, while the rest of the file is still being
 * checked, inside one IndexedDB transaction that stays open while the user reads the preview:
 * Import commits it, Cancel (or closing the window) aborts it, so the register is all as before or
 * all imported, never some of each. Nothing outside the transaction sees its writes until it
 * commits. While it is open, the tables it writes wait for it: an edit or read elsewhere resumes
 * when the user answers the preview, or after HOLD_MS, when the staged writes are rolled back and
 * Import writes them again in a transaction of its own.
 */

/** Contracts per write request: big enough that the requests keep IndexedDB busy, small enough to start early. */
const STAGE_CHUNK = 2_000;

/** How long the writes wait for the user's answer before they are rolled back (and made again on Import). */
export const HOLD_MS = 120_000;

/** A key no row uses: reading it is the request that keeps the transaction open while the user decides. */
const KEEP_OPEN_KEY = 'import:keep-open';

/** Thrown inside the transaction to roll the staged writes back. */
class Discarded extends Error {}

export interface StagedImport<T> {
  /** What `analyse` returned. */
  analysed: T;
  /** Whether the writes are still staged (neither committed, discarded nor timed out). */
  readonly held: boolean;
  /**
   * Commits the staged writes with the import's undo record and history entry; resolves with the
   * undo record's id, or undefined when the writes were no longer staged (the caller writes afresh).
   */
  commit(plan: Omit<ImportPlan, 'toPut'>, onProgress?: (fraction: number) => void): Promise<number | undefined>;
  /** Rolls the staged writes back; resolves once the transaction has ended. */
  discard(): Promise<void>;
}

type Decision = { kind: 'commit'; plan: Omit<ImportPlan, 'toPut'>; onProgress?: (fraction: number) => void } | { kind: 'discard' };

/**
 * Opens the import's transaction, reads the register in it, and runs `analyse` (synchronous) with
 * the register and a `write` that stages one contract. Resolves once `analyse` has returned, with
 * the writes still in flight; rejects if `analyse` throws (nothing is then written).
 */
export function stageImport<T>(
  db: PlannerDb,
  analyse: (existing: Map<string, Contract>, write: (contract: Contract) => void) => T,
  holdMs = HOLD_MS,
): Promise<StagedImport<T>> {
  let decision: Decision | undefined;
  let settled = false;
  let failed: { error: unknown } | undefined;
  return new Promise((resolveStaged, rejectStaged) => {
    let staged: StagedImport<T> | undefined;
    const done = db
      .transaction('rw', [db.contracts, db.imports, db.changeLog, db.meta], async () => {
        const existing = new Map((await db.contracts.toArray()).map((c) => [c.reference, c]));
        const writes: Array<PromiseLike<unknown>> = [];
        let buffer: Contract[] = [];
        const flush = () => {
          if (!buffer.length) return;
          const written = db.contracts.bulkPut(buffer);
          // A failed write aborts the transaction, which rejects it as a whole; this only keeps the
          // writes not yet awaited from being reported as unhandled as well.
          written.catch(() => undefined);
          writes.push(written);
          buffer = [];
        };
        const analysed = analyse(existing, (contract) => {
          buffer.push(contract);
          if (buffer.length >= STAGE_CHUNK) flush();
        });
        flush();
        staged = {
          analysed,
          get held() {
            return !settled && decision === undefined;
          },
          commit(plan, onProgress) {
            if (failed) return Promise.reject(failed.error);
            if (!staged?.held) return Promise.resolve(undefined);
            decision = { kind: 'commit', plan, onProgress };
            return done;
          },
          discard() {
            if (staged?.held) decision = { kind: 'discard' };
            return done.then(
              () => undefined,
              () => undefined,
            );
          },
        };
        // Handed out from a timer: resolved here, the caller's continuation would run in Dexie's zone
        // for this transaction, and its own reads would then be refused once the transaction ends.
        const handedOut = staged;
        setTimeout(() => resolveStaged(handedOut), 0);

        // Keep the transaction open until the user answers: IndexedDB commits a transaction as soon
        // as no request is pending, so one small read follows another meanwhile.
        const deadline = Date.now() + holdMs;
        while (decision === undefined) {
          await db.meta.get(KEEP_OPEN_KEY);
          if (Date.now() > deadline) decision = { kind: 'discard' };
        }
        if (decision.kind === 'discard') throw new Discarded();
        for (const [i, written] of writes.entries()) {
          await written;
          decision.onProgress?.((i + 1) / writes.length);
        }
        return recordImport(db, decision.plan);
      })
      .then(
        (id): number | undefined => id,
        (error: unknown) => {
          if (error instanceof Discarded || (error instanceof Dexie.AbortError && decision?.kind === 'discard')) return undefined;
          throw error;
        },
      )
      .finally(() => {
        settled = true;
      });
    // Before `analyse` returns, a failure is the staging's; after, it is the commit's.
    done.catch((error: unknown) => {
      failed = { error };
      if (!staged) rejectStaged(error);
    });
  });
}
