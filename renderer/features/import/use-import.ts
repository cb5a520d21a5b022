import { useCallback, useEffect, useRef, useState } from 'react';
import type { MappingTarget } from '@shared/import/columns';
import type { FromWorker, ImportPreviewSummary, ToWorker } from './import-protocol';
import { beginSnapshotWrite } from '../../data';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; stage: 'reading' | 'checking' | 'writing'; fraction: number; fileName: string }
  | { phase: 'preview'; preview: ImportPreviewSummary; holdsWrites: boolean }
  | { phase: 'done'; importId: number; summary: string }
  | { phase: 'failed'; fileName: string; message: string };

/** What the preview can ask to read again with: another sheet, header row, mapping or value answers. */
export interface ReanalyseOptions {
  sheet?: string;
  mapping?: Record<string, MappingTarget>;
  headerRow?: number;
  valueMappings?: Record<string, Record<string, string>>;
}

interface Source {
  fileName: string;
}

/**
 * The worker reports progress at least every few thousand rows. If it goes this long without a
 * word, the file is stalling the parser (damaged or built to do so): stop it rather than spin.
 */
export const WATCHDOG_MS = 60_000;

/**
 * Drives one import in a worker. Cancel terminates the worker: parsing stops at once, and a write
 * in progress (or rows staged while the preview is open) is an uncommitted transaction that
 * IndexedDB discards.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const source = useRef<Source | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** Ends the import's hold on the first-screen snapshot (see ensureWorker). */
  const snapshotHold = useRef<(() => void) | null>(null);

  const stop = useCallback(() => {
    snapshotHold.current?.();
    snapshotHold.current = null;
    if (watchdog.current) clearTimeout(watchdog.current);
    watchdog.current = null;
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const arm = useCallback(() => {
    if (watchdog.current) clearTimeout(watchdog.current);
    watchdog.current = setTimeout(() => {
      const fileName = source.current?.fileName ?? '';
      stop();
      setState({
        phase: 'failed',
        fileName,
        message: `Reading '${fileName}' was stopped after ${WATCHDOG_MS / 1000} seconds without progress. The file may be damaged or built to stall a reader; nothing was changed.`,
      });
    }, WATCHDOG_MS);
  }, [stop]);
  useEffect(() => stop, [stop]);

  const ensureWorker = useCallback((): Worker => {
    if (worker.current) return worker.current;
    // The worker writes (and stages rows) in its own connection, unseen by this window's snapshot
    // middleware: the snapshot is cleared now and not written again until the worker is gone.
    snapshotHold.current ??= beginSnapshotWrite();
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      const fileName = source.current?.fileName ?? '';
      if (msg.type === 'progress') arm();
      else if (watchdog.current) {
        clearTimeout(watchdog.current);
        watchdog.current = null;
      }
      if (msg.type === 'progress') setState({ phase: 'working', stage: msg.stage, fraction: msg.fraction, fileName });
      else if (msg.type === 'preview') setState({ phase: 'preview', preview: msg.preview, holdsWrites: msg.holdsWrites });
      else if (msg.type === 'committed') {
        setState({ phase: 'done', importId: msg.importId, summary: msg.summary });
        stop();
      } else setState({ phase: 'failed', fileName, message: msg.message });
    };
    w.onerror = (event) =>
      setState({ phase: 'failed', fileName: source.current?.fileName ?? '', message: `The import stopped unexpectedly: ${event.message}` });
    worker.current = w;
    return w;
  }, [stop, arm]);

  const send = useCallback(
    (msg: ToWorker, transfer: Transferable[] = []) => {
      arm();
      ensureWorker().postMessage(msg, transfer);
    },
    [ensureWorker, arm],
  );

  const start = useCallback(
    (fileName: string, bytes: Uint8Array | Blob) => {
      stop();
      source.current = { fileName };
      setState({ phase: 'working', stage: 'reading', fraction: 0, fileName });
      // The bytes are moved to the worker, not copied, and it keeps them to read again with another
      // sheet or mapping: a copy here, then another to post it, of a 30 MB register were UI-thread
      // tasks of 100 ms and more (issue 16), and this thread's heap held the file for nothing. A file
      // not yet read (a Blob) goes as it is, and the worker reads it: read here, a 100,000-row
      // register was two more tasks of 55 and 75 ms.
      send({ type: 'analyse', fileName, bytes }, bytes instanceof Uint8Array ? [bytes.buffer] : []);
    },
    [send, stop],
  );

  const reanalyse = useCallback(
    (options: ReanalyseOptions) => {
      const src = source.current;
      if (!src) return;
      setState({ phase: 'working', stage: 'checking', fraction: 0, fileName: src.fileName });
      send({ type: 'analyse', fileName: src.fileName, ...options });
    },
    [send],
  );

  const commit = useCallback(() => {
    setState((s) => ({ phase: 'working', stage: 'writing', fraction: 0, fileName: s.phase === 'preview' ? s.preview.fileName : '' }));
    send({ type: 'commit' });
  }, [send]);

  const cancel = useCallback(() => {
    stop();
    source.current = null;
    setState({ phase: 'idle' });
  }, [stop]);

  return { state, start, reanalyse, commit, cancel };
}
