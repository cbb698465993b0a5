import { Component, type ReactNode } from 'react';

import { t } from '@/lib/i18n';
import { reportError } from '@/lib/report';

interface ChartBoundaryProps {
  children: ReactNode;
}

/**
 * A chart that fails (its chunk did not load, the canvas refused) costs
 * the picture only: the numbers stay in the totals and the daily table.
 */
export class ChartBoundary extends Component<
  ChartBoundaryProps,
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    reportError(error, 'usage chart');
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="text-body-secondary small mb-0">
          {t('The chart could not be drawn. The daily numbers are below.')}
        </p>
      );
    }
    return this.props.children;
  }
}
