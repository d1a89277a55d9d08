import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from './ChunkLoadError';

interface Props {
  /** What failed, for the message ("the canvas", "the gaps panel"). */
  label: string;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the board changed, so try again). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps one broken part (an unexpected document entry, a render bug) from blanking the whole
 * page: the rest of the board stays usable and the part shows what went wrong.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Gapboard: ${this.props.label} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    if (this.state.error instanceof ChunkLoadError) {
      // Its code did not arrive: trying again would only meet the same failed import.
      return (
        <div className="error-box" role="alert">
          <strong>Sorry, {this.props.label} could not be shown.</strong>
          <p>{this.state.error.message}</p>
          <button onClick={() => window.location.reload()}>Reload</button>
        </div>
      );
    }
    return (
      <div className="error-box" role="alert">
        <strong>Sorry, {this.props.label} could not be shown.</strong>
        <p>{this.state.error.message}</p>
        <button onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}
