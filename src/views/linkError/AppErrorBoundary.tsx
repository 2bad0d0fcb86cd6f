import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead of the crashed tree; `reset` renders the children again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
}

/** Catches a render crash anywhere below, so the page shows a readable message and a way back instead of going blank. */
export class AppErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever debugs it; the page itself already says what happened.
    console.warn('Percpu Explorer view crashed', error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
