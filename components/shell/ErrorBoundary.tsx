/**
 * Keeps one broken view from blanking the sidebar: if a view throws while rendering (a damaged
 * record, a bug), this shows a short apology with a way back instead, and logs the error with
 * its component stack (when known) for whoever reads the console. `App` wraps each view in one, keyed by the
 * route, so going to another view starts afresh.
 */
import { Component, type ComponentChildren, type ErrorInfo, type JSX } from 'preact';
import { hrefOf } from '../../knowledge/routes';
import { logError } from '../../platform/log';

interface Props {
  /** Names the view in the log ("journal"). */
  view: string;
  children: ComponentChildren;
}

interface State {
  failed: boolean;
}

/** Shows `children`, or a friendly message if they throw while rendering. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Logged, not swallowed: the view is replaced by the message below.
    // (Preact fills in the component stack only with preact/debug loaded.)
    const stack = info.componentStack ? ` in ${info.componentStack}` : '';
    logError(`sidebar: the ${this.props.view} view failed${stack}`, error);
  }

  render(): JSX.Element {
    if (!this.state.failed) return <>{this.props.children}</>;
    return (
      <section class="view-error" role="alert" aria-labelledby="view-error-title">
        <h1 id="view-error-title" tabIndex={-1}>
          Something went wrong here
        </h1>
        <p>
          This part of Hip Pain Guide could not be shown. Your saved runs and checks are still
          stored. You can try again, or go back to the start.
        </p>
        <p class="button-row">
          <button type="button" class="button" onClick={() => this.setState({ failed: false })}>
            Try again
          </button>
          <a class="button" href={hrefOf({ view: 'home' })}>
            Go to the start
          </a>
        </p>
      </section>
    );
  }
}
