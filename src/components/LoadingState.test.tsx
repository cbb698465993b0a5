import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LoadingState } from './LoadingState';

describe('LoadingState', () => {
  afterEach(() => vi.useRealTimers());

  it('says the wait is unusual after ten seconds', () => {
    vi.useFakeTimers();
    render(<LoadingState label="Loading widgets…" />);

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^Loading widgets…$/);
    act(() => vi.advanceTimersByTime(9_900));
    expect(status).not.toHaveTextContent(/longer than usual/);
    act(() => vi.advanceTimersByTime(200));
    expect(status).toHaveTextContent(
      'Loading widgets… This is taking longer than usual; the server may be busy.',
    );
  });
});
