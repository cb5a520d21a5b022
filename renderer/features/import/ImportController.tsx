import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useHost } from '../../app-context';
import { useCommands } from '../../data';
import { useToast } from '../../ui/Toast';
import { ImportDialog } from './ImportDialog';
import { useSampleImportGate } from '../settings/sample/SampleImportGate';
import { useImport } from './use-import';
import { describeError } from '@shared/storage-errors';

interface ImportApi {
  /** Opens the file picker (or the Electron open dialog) and starts an import. */
  chooseFile(): Promise<void>;
  /** Starts an import of a file, read in the import worker; bytes move there, and `bytes` is left empty. */
  importBytes(fileName: string, bytes: Uint8Array | Blob): void;
}

const ImportContext = createContext<ImportApi | null>(null);

/**
 * Owns the one import that can run at a time, whether it started from a button, the File menu or
 * a file dropped on the window, and announces the outcome with Undo.
 */
export function ImportController({ children }: { children: ReactNode }) {
  const host = useHost();
  const commands = useCommands();
  const toast = useToast();
  const { state, start, reanalyse, commit, cancel } = useImport();
  const [dragging, setDragging] = useState(false);
  const sampleGate = useSampleImportGate();

  const chooseFile = useCallback(async () => {
    try {
      const file = await host.openFile('register');
      if (file) start(file.fileName, file.bytes);
    } catch (error) {
      toast.show(`The file could not be opened: ${describeError(error)}`);
    }
  }, [host, start, toast]);

  useEffect(() => {
    if (state.phase !== 'done') return;
    const { importId, summary } = state;
    // The worker wrote through its own connection: the shared register reads again.
    commands.imports.committed();
    toast.show(summary, {
      label: 'Undo',
      watchUnavailable: (onChange) => commands.imports.watchUndo(importId, onChange),
      run: async () => {
        const row = await commands.imports.undo(importId);
        toast.show(`Undid the import of ${row.fileName}; the register is as it was before.`);
      },
    });
    cancel();
  }, [state, toast, commands, cancel]);

  // Drag and drop anywhere on the window.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (hasFiles(e)) {
        e.preventDefault();
        setDragging(true);
      }
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      // The file goes to the import worker unread: it reads it there, off this thread.
      if (file) start(file.name, file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  const api = useMemo(() => ({ chooseFile, importBytes: start }), [chooseFile, start]);
  return (
    <ImportContext.Provider value={api}>
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a register (CSV or Excel) or portfolio file to import it
        </div>
      )}
      <ImportDialog
        state={state}
        onReanalyse={reanalyse}
        onCommit={() =>
          // Notices (OCDS) update contracts already in the register: no question about the sample.
          // Nor when the worker holds the rows written: it does so only when no sample is loaded (so
          // the question would not be asked), and the sample check would wait on its transaction.
          state.phase === 'preview' && (state.preview.format === 'ocds' || state.holdsWrites) ? commit() : sampleGate.beforeCommit(commit)
        }
        onCancel={cancel}
      />
      {sampleGate.element}
    </ImportContext.Provider>
  );
}

export function useImportApi(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImportApi outside ImportController');
  return api;
}
