import { Component, type ErrorInfo, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';

import { t } from '@/lib/i18n';
import { reportError } from '@/lib/report';

interface AppErrorBoundaryProps {
  children: ReactNode;
}

interface AppErrorBoundaryState {
  hasError: boolean;
}

/**
 * The last line: a crash the route boundaries cannot catch (the router or
 * the frame itself) leaves a page that says so instead of a blank screen.
 */
export class AppErrorBoundary extends Component<
  AppErrorBoundaryProps,
  AppErrorBoundaryState
> {
  state: AppErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { hasError: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    reportError(error, `app error${info.componentStack ?? ''}`);
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <main className="container py-5">
        <h1 className="h3">{t('Something went wrong')}</h1>
        <p>
          {t(
            'The kit stopped working because of an error. Reloading the page usually helps.',
          )}
        </p>
        <Button onClick={() => window.location.reload()}>{t('Reload')}</Button>
      </main>
    );
  }
}
