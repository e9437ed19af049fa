import { Component, type ReactNode } from 'react';

/** A view that throws while rendering shows this instead of blanking the whole dashboard. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="state state-error" role="alert">
        <p>
          <strong>This view failed to draw.</strong> Reload the page, or go back to the <a href="/">encounters chart</a>
          .
        </p>
      </div>
    );
  }
}
