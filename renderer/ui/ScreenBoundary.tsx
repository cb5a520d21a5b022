import { Component, type ErrorInfo, type ReactNode } from 'react';
import { handOverFirstPaint } from '../first-paint-handover';

interface Props {
  /** The screen in words, for the message ("the Portfolio screen"). */
  screen: string;
  /** Where "Go back to the register" leads. */
  onGoBack: () => void;
  /** When this changes (the user moved elsewhere), a failed screen gets a fresh start. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a screen that fails while showing data (a damaged record, a bug) so the window never goes
 * blank: it says what failed and offers a way out. The technical detail goes to the console (and so
 * to the desktop log), never to the page.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The entry's first paint must not cover the message (renderer/first-paint.ts).
    handOverFirstPaint();
    console.error(`${this.props.screen} failed to show`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="screen-failure" role="alert" aria-labelledby="screen-failure-title">
        <h1 id="screen-failure-title">{capitalise(this.props.screen)} could not be shown</h1>
        <p>
          Something in the data it was showing could not be read, so it stopped rather than show it wrongly. Nothing has been changed or
          lost. Go back to the register and try again; if it happens again with the same record, restore a recent backup (Settings, Backup)
          or contact your IT service desk.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              this.setState({ error: null });
              this.props.onGoBack();
            }}
          >
            Go back to the register
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
