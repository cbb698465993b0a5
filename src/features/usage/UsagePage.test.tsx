import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import {
  answerWith,
  recordSummaryRequests,
  SUMMARY_URL,
} from './summaryFixture';

const USAGE = routes.usage(SEED.orgUuid, SEED.agentUuid);

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

async function shownTotals() {
  // The first render also loads the page's code, slow on a busy machine.
  const totals = await screen.findByRole(
    'region',
    { name: 'Totals for the range' },
    { timeout: 5000 },
  );
  const values = within(totals).getAllByRole('definition');
  return values.map((value) => number(value.textContent));
}

function dailyColumns() {
  const table = screen.getByRole('table', { name: 'Usage per UTC day' });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => number(cell.textContent)),
    );
}

describe('UsagePage', () => {
  it('shows totals that equal the sum of the days shown', async () => {
    renderApp(USAGE);

    const totals = await shownTotals();
    const days = dailyColumns();

    expect(days).toHaveLength(30);
    expect(totals[2]).toBeGreaterThan(0);
    const sums = [0, 1, 2].map((column) =>
      days.reduce((sum, day) => sum + (day[column] ?? 0), 0),
    );
    expect(sums).toEqual(totals);
    expect(screen.getByText(/All dates are UTC days/)).toBeInTheDocument();
  });

  it('switches presets in the URL and in the dates it asks for', async () => {
    const spy = recordSummaryRequests();
    server.use(spy.handler);
    const { user, router } = renderApp(USAGE);
    await shownTotals();

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));

    expect(router.state.location.search).toBe('?range=7');
    await waitFor(() => expect(spy.requests).toHaveLength(2));
    expect(spy.requests[0]?.searchParams.get('date_from')).toBe('2026-11-01');
    expect(spy.requests[1]?.searchParams.get('date_from')).toBe('2026-11-24');
    expect(spy.requests[1]?.searchParams.get('date_to')).toBe('2026-11-30');
    expect(await screen.findByText(/\(7 days\)/)).toBeInTheDocument();
    await waitFor(() => expect(dailyColumns()).toHaveLength(7));
    expect(
      screen.getByRole('button', { name: 'Last 7 days', pressed: true }),
    ).toBeInTheDocument();
  });

  it('reads a custom range from the URL', async () => {
    const spy = recordSummaryRequests();
    server.use(spy.handler);
    renderApp(`${USAGE}?from=2026-10-01&to=2026-10-15`);

    await shownTotals();

    expect(spy.requests).toHaveLength(1);
    expect(spy.requests[0]?.searchParams.get('date_from')).toBe('2026-10-01');
    expect(spy.requests[0]?.searchParams.get('date_to')).toBe('2026-10-15');
    expect(screen.getByLabelText('From (UTC)')).toHaveValue('2026-10-01');
    expect(screen.getByLabelText('To (UTC)')).toHaveValue('2026-10-15');
    expect(screen.getByText(/\(15 days\)/)).toBeInTheDocument();
  });

  it('applies a custom range and refuses one that ends after today', async () => {
    const { user, router } = renderApp(USAGE);
    await shownTotals();

    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const to = screen.getByLabelText('To (UTC)');
    await user.clear(to);
    await user.type(to, '2026-12-05');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(screen.getByText(/cannot be after today/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('');

    await user.clear(to);
    await user.type(to, '2026-11-10');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(router.state.location.search).toBe('?from=2026-11-01&to=2026-11-10');
  });

  it('shows zeros and a message, never NaN, for a range without usage', async () => {
    server.use(answerWith([]));
    renderApp(`${USAGE}?range=7`);

    expect(await shownTotals()).toEqual([0, 0, 0]);
    expect(screen.getByText('No usage in this range')).toBeInTheDocument();
    expect(
      screen.getByText('No keys have usage in this range'),
    ).toBeInTheDocument();
    expect(dailyColumns()).toHaveLength(7);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says when the server has no usage metering', async () => {
    server.use(
      http.get(SUMMARY_URL, () =>
        HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
      ),
    );
    renderApp(USAGE);

    expect(
      await screen.findByText('Usage metering is not available on this server'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument();
  });

  it('offers Retry when loading fails and shows usage after it', async () => {
    server.use(
      http.get(
        SUMMARY_URL,
        () =>
          HttpResponse.json({ detail: 'Server exploded.' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderApp(USAGE);

    expect(await screen.findByText('Unable to load usage')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect((await shownTotals())[2]).toBeGreaterThan(0);
    expect(screen.queryByText('Unable to load usage')).not.toBeInTheDocument();
  });
});
