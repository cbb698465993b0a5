import { useId } from 'react';
import OverlayTrigger from 'react-bootstrap/OverlayTrigger';
import Tooltip from 'react-bootstrap/Tooltip';

import { now } from '@/lib/clock';
import { formatExactTime, formatRelativeTime } from '@/lib/relativeTime';

/**
 * "5 minutes ago", with the exact time in a tooltip that opens on hover
 * and on keyboard focus alike (the element is focusable for that reason).
 */
export function TimeAgo({ value }: { value: string }) {
  const id = useId();
  const date = new Date(value);
  const exact = formatExactTime(date);

  return (
    <OverlayTrigger
      placement="top"
      trigger={['hover', 'focus']}
      overlay={<Tooltip id={id}>{exact}</Tooltip>}
    >
      <time dateTime={value} tabIndex={0} className="text-decoration-underline">
        {formatRelativeTime(date, now())}
      </time>
    </OverlayTrigger>
  );
}
