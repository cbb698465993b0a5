import { lazy, Suspense, useMemo } from 'react';

import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { t } from '@/lib/i18n';

import { ChartBoundary } from './ChartBoundary';
import { canDrawCharts } from './chartSupport';
import { DailyTable } from './DailyTable';
import { formatDay } from './dateRange';
import { formatCount } from './format';
import { hasUsage, peakDay, sumDays, type UsageDay } from './series';
import type { ChartSeries } from './UPlotChart';

const UPlotChart = lazy(async () => ({
  default: (await import('./UPlotChart')).UPlotChart,
}));

const COLORS = { in: '#0d6efd', out: '#d63384', requests: '#198754' };

function peakText(days: UsageDay[], field: keyof Omit<UsageDay, 'date'>) {
  const peak = peakDay(days, field);
  return peak
    ? t('most on {day} ({value})', {
        day: formatDay(peak.date),
        value: formatCount(peak[field]),
      })
    : '';
}

interface ChartPanelProps {
  title: string;
  summary: string;
  dates: string[];
  series: ChartSeries[];
}

/** A chart with its caption and a text summary for screen readers. */
function ChartPanel({ title, summary, dates, series }: ChartPanelProps) {
  return (
    <figure className="mb-4">
      <figcaption className="fw-semibold mb-2">{title}</figcaption>
      <p className="visually-hidden">{summary}</p>
      {canDrawCharts() ? (
        <ChartBoundary>
          <Suspense fallback={<LoadingState label={t('Loading chart…')} />}>
            <div aria-hidden="true">
              <UPlotChart days={dates} series={series} />
            </div>
          </Suspense>
        </ChartBoundary>
      ) : (
        <p className="text-body-secondary small mb-0">
          {t('Charts are not available in this browser; see the table below.')}
        </p>
      )}
    </figure>
  );
}

/** Tokens in and out per day, requests per day, and the daily table. */
export function UsageCharts({ days }: { days: UsageDay[] }) {
  const dates = useMemo(() => days.map((day) => day.date), [days]);
  const tokens = useMemo<ChartSeries[]>(
    () => [
      {
        label: t('Tokens in'),
        color: COLORS.in,
        values: days.map((d) => d.tokens_input),
      },
      {
        label: t('Tokens out'),
        color: COLORS.out,
        values: days.map((d) => d.tokens_output),
      },
    ],
    [days],
  );
  const requests = useMemo<ChartSeries[]>(
    () => [
      {
        label: t('Requests'),
        color: COLORS.requests,
        values: days.map((d) => d.requests),
      },
    ],
    [days],
  );
  const sum = sumDays(days);
  const span = {
    days: days.length,
    from: formatDay(dates[0] ?? ''),
    to: formatDay(dates.at(-1) ?? ''),
  };

  return (
    <section aria-labelledby="usage-daily-heading" className="mb-4">
      <h2 id="usage-daily-heading" className="h5">
        {t('Per day')}
      </h2>
      {hasUsage(sum) ? (
        <>
          <ChartPanel
            title={t('Tokens per day')}
            summary={t(
              '{days} days from {from} to {to}. Tokens in: {in} in total, {peakIn}. Tokens out: {out} in total, {peakOut}.',
              {
                ...span,
                in: formatCount(sum.tokens_input),
                out: formatCount(sum.tokens_output),
                peakIn: peakText(days, 'tokens_input'),
                peakOut: peakText(days, 'tokens_output'),
              },
            )}
            dates={dates}
            series={tokens}
          />
          <ChartPanel
            title={t('Requests per day')}
            summary={t(
              '{days} days from {from} to {to}. Requests: {total} in total, {peak}.',
              {
                ...span,
                total: formatCount(sum.requests),
                peak: peakText(days, 'requests'),
              },
            )}
            dates={dates}
            series={requests}
          />
        </>
      ) : (
        <EmptyState title={t('No usage in this range')}>
          <p className="mb-0 text-body-secondary">
            {t('Choose a longer range, or check that the keys are in use.')}
          </p>
        </EmptyState>
      )}
      <DailyTable days={days} />
    </section>
  );
}
