import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';

type State = { error: Error | null };

/** A page that crashes shows a message and a way out instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="alert alert-error">
        <Trans i18nKey="errors.crash" components={{ reload: <a href={window.location.pathname} />, home: <a href="/" /> }} />
      </div>
    );
  }
}
