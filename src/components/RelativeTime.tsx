import { useState } from 'react';

import { now } from '@/lib/clock';
import { formatExactTime, formatRelativeTime } from '@/lib/relativeTime';

interface RelativeTimeProps {
  /** An ISO 8601 instant. */
  value: string;
}

/**
 * "3 days ago", with the exact time in a tooltip for the mouse and shown
 * inline on keyboard focus, since a tooltip alone is out of reach there.
 */
export function RelativeTime({ value }: RelativeTimeProps) {
  const [isFocused, setIsFocused] = useState(false);
  const date = new Date(value);
  const exact = formatExactTime(date);

  return (
    <time
      dateTime={value}
      title={exact}
      tabIndex={0}
      onFocus={() => setIsFocused(true)}
      onBlur={() => setIsFocused(false)}
    >
      {formatRelativeTime(date, now())}
      {isFocused && <span className="ms-1 text-body-secondary">({exact})</span>}
    </time>
  );
}
