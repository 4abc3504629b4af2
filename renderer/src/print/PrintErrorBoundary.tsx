// Why: if the print route cannot render (a chunk fails to load, a component throws), the print engine must
// hear about it at once with the reason, not wait out its timeout on a blank page.
import { Component, type ReactNode } from 'react';
import { report } from './readiness';

/** `jobId` is the job being printed, or '' on an idle surface (nothing waits on it). */
export class PrintErrorBoundary extends Component<{ children: ReactNode; jobId: string }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    if (this.props.jobId)
      report({ state: 'failed', jobId: this.props.jobId, message: error.message || 'the print layout failed' });
  }
  override render() {
    return this.state.error ? (
      <div role="alert" className="print-route-error">
        {this.state.error.message}
      </div>
    ) : (
      this.props.children
    );
  }
}
