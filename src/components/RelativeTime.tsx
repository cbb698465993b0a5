import { useState } from 'react';

import { now } from '@/lib/clock';
import { formatExactTime, formatRelativeTime } from '@/lib/relativeTime';

interface RelativeTimeProps {
  /** An ISO 8601 instant. */
  value: string;
  /** The moment it is relative to; the kit's clock when left out. */
  from?: Date;
}

/**
 * "3 days ago", with the exact time in a tooltip for the mouse and shown
 * inline on keyboard focus, since a tooltip alone is out of reach there.
 */
export function RelativeTime({ value, from }: RelativeTimeProps) {
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
      {formatRelativeTime(date, from ?? now())}
      {isFocused && <span className="text-body-secondary"> ({exact})</span>}
    </time>
  );
}
