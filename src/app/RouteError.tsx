import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

import { t } from '@/lib/i18n';
import { reportError } from '@/lib/report';

interface RouteErrorBoundaryProps {
  /** The boundary tries again when this changes: the person moved on. */
  resetKey: string;
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  hasError: boolean;
  failedKey: string | null;
}

/**
 * Route-level boundary: a page that crashes, or whose code fails to load,
 * leaves the frame around it usable; going to another page tries again.
 */
export class RouteErrorBoundary extends Component<
  RouteErrorBoundaryProps,
  RouteErrorBoundaryState
> {
  state: RouteErrorBoundaryState = { hasError: false, failedKey: null };

  static getDerivedStateFromError(): Partial<RouteErrorBoundaryState> {
    return { hasError: true };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): Partial<RouteErrorBoundaryState> | null {
    if (state.failedKey === null) return null;
    return state.failedKey === props.resetKey
      ? null
      : { hasError: false, failedKey: null };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    this.setState({ failedKey: this.props.resetKey });
    reportError(error, `route error${info.componentStack ?? ''}`);
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    return <RouteError />;
  }
}

/** What a crashed page shows instead of itself. */
function RouteError() {
  return (
    <div role="alert" className="alert alert-danger m-4">
      <h1 className="h5">{t('This page failed to load.')}</h1>
      <p>{t('Reload the page, or go back to your agents.')}</p>
      <div className="d-flex gap-2">
        <button
          type="button"
          className="btn btn-outline-danger"
          onClick={() => window.location.reload()}
        >
          {t('Reload')}
        </button>
        <Link className="btn btn-link" to="/">
          {t('Back to your agents')}
        </Link>
      </div>
    </div>
  );
}
