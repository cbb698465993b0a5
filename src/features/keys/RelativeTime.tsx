import { useId } from 'react';
import OverlayTrigger from 'react-bootstrap/OverlayTrigger';
import Tooltip from 'react-bootstrap/Tooltip';

import { formatExact, formatRelative } from './keyFormat';

interface RelativeTimeProps {
  instant: string;
  now: Date;
}

/** "3 hours ago", with the exact moment on hover and on keyboard focus. */
export function RelativeTime({ instant, now }: RelativeTimeProps) {
  const id = useId();
  const exact = formatExact(instant);
  return (
    <OverlayTrigger
      trigger={['hover', 'focus']}
      overlay={<Tooltip id={id}>{exact}</Tooltip>}
    >
      <time dateTime={instant} tabIndex={0}>
        {formatRelative(instant, now)}
      </time>
    </OverlayTrigger>
  );
}
