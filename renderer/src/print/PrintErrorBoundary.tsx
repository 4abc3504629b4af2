// Why: if the print route cannot render (a chunk fails to load, a component throws), the print engine must
// hear about it at once with the reason, not wait out its timeout on a blank page.
import { Component, type ReactNode } from 'react';
import { signalError } from './readiness';

export class PrintErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    signalError(error.message || 'the print layout failed');
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
