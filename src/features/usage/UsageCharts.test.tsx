import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import type { ChartSeries } from './UPlotChart';
import { UsageCharts } from './UsageCharts';

// jsdom cannot draw on a canvas: the chart module is replaced by a list of
// what it was given, and the browser check is told that it can draw.
vi.mock('./chartSupport', () => ({ canDrawCharts: () => true }));
vi.mock('./UPlotChart', () => ({
  UPlotChart: ({ days, series }: { days: string[]; series: ChartSeries[] }) => (
    <ul aria-label="chart data">
      {series.map((line) => (
        <li key={line.label}>
          {`${line.label}: ${days[0]}…${days.at(-1)} = ${line.values.join(' ')}`}
        </li>
      ))}
    </ul>
  ),
}));

const DAYS = [
  { date: '2026-11-28', tokens_input: 10, tokens_output: 4, requests: 1 },
  { date: '2026-11-29', tokens_input: 0, tokens_output: 0, requests: 0 },
  { date: '2026-11-30', tokens_input: 30, tokens_output: 6, requests: 3 },
];

describe('UsageCharts', () => {
  it('draws tokens in and out and requests per day from the lazy chart', async () => {
    renderWithProviders(<UsageCharts days={DAYS} />);

    expect(
      await screen.findByText('Tokens in: 2026-11-28…2026-11-30 = 10 0 30'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Tokens out: 2026-11-28…2026-11-30 = 4 0 6'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Requests: 2026-11-28…2026-11-30 = 1 0 3'),
    ).toBeInTheDocument();
  });

  it('summarises each chart in text for screen readers', async () => {
    renderWithProviders(<UsageCharts days={DAYS} />);

    expect(
      await screen.findByText(/3 days from .* Requests: 4 in total, most on/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Tokens in: 40 in total/)).toBeInTheDocument();
  });

  it('shows a message instead of empty charts when nothing was used', () => {
    renderWithProviders(
      <UsageCharts
        days={DAYS.map((day) => ({
          ...day,
          tokens_input: 0,
          tokens_output: 0,
          requests: 0,
        }))}
      />,
    );

    expect(screen.getByText('No usage in this range')).toBeInTheDocument();
    expect(screen.queryByLabelText('chart data')).not.toBeInTheDocument();
  });
});
