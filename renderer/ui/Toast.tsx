import { describeError } from '@shared/storage-errors';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface ToastAction {
  label: string;
  run: () => unknown;
  /**
   * Reports why the action is no longer available (undefined while it is), again whenever that
   * changes; returns the unsubscribe. An import's Undo uses it: once an imported record is edited,
   * the button goes and the reason shows instead.
   */
  watchUnavailable?: (onChange: (reason: string | undefined) => void) => () => void;
}

interface ToastState {
  id: number;
  message: string;
  action?: ToastAction;
}

interface ToastApi {
  show(message: string, action?: ToastAction): void;
}

const ToastContext = createContext<ToastApi | null>(null);

/**
 * One live region for outcomes ("Imported 412 contracts… Undo"). Destructive actions offer Undo here
 * instead of asking for confirmation first (docs/ux.md).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const show = useCallback((message: string, action?: ToastAction) => setToast({ id: Date.now(), message, action }), []);
  const api = useMemo(() => ({ show }), [show]);
  // An undo that fails (a full disk, say) says so in the same place rather than failing silently.
  const runAction = async (action: ToastAction) => {
    setToast(null);
    try {
      await action.run();
    } catch (error) {
      show(`${action.label} failed, so nothing changed: ${describeError(error)}.`);
    }
  };
  const action = toast?.action;
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {action && <ToastActionButton action={action} onRun={() => void runAction(action)} />}
            <button type="button" aria-label="Dismiss message" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}

/** The toast's action, or the reason it is no longer available. */
function ToastActionButton({ action, onRun }: { action: ToastAction; onRun: () => void }) {
  const [unavailable, setUnavailable] = useState<string>();
  const { watchUnavailable } = action;
  useEffect(() => watchUnavailable?.(setUnavailable), [watchUnavailable]);
  if (unavailable) return <span className="toast-note">{unavailable}</span>;
  return (
    <button type="button" onClick={onRun}>
      {action.label}
    </button>
  );
}
