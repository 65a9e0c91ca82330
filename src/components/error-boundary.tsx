import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What to show instead when rendering the children failed; `reset` tries them again. */
  fallback: (reset: () => void) => ReactNode;
};

/** Keeps a failure in one part of the wizard (the result, the chart) from taking the rest down. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  reset = () => this.setState({ failed: false });

  render() {
    return this.state.failed ? this.props.fallback(this.reset) : this.props.children;
  }
}
