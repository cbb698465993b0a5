import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';

import { allowConsole } from '@/testing/consoleGuard';

import { AppErrorBoundary } from './AppErrorBoundary';

/** The error the default reporter logged under `context`, if any. */
function reported(context: string): unknown {
  // The developer report goes out through the reporter's console.error.
  // eslint-disable-next-line no-console
  const calls = vi.mocked(console.error).mock.calls;
  return calls.find((args) => String(args[0]).includes(context))?.[1];
}

function Crash(): never {
  throw new Error('The frame broke');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it('shows a page with Reload instead of a blank screen, and reports', async () => {
  // React logs what a boundary caught; the kit's report is the other line.
  allowConsole(/The frame broke|error boundary|AppErrorBoundary/);
  const reload = vi.fn();
  vi.stubGlobal('location', { ...window.location, reload });
  render(
    <AppErrorBoundary>
      <Crash />
    </AppErrorBoundary>,
  );

  expect(
    screen.getByRole('heading', { name: 'Something went wrong' }),
  ).toBeInTheDocument();
  const report = reported('[site-kit] app error');
  expect(report).toEqual(new Error('The frame broke'));

  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(reload).toHaveBeenCalled();
});

it('shows its children when nothing fails', () => {
  render(
    <AppErrorBoundary>
      <p>All good</p>
    </AppErrorBoundary>,
  );
  expect(screen.getByText('All good')).toBeInTheDocument();
});
