import { t } from '@/lib/i18n';

import { formatDay, MAX_RANGE_DAYS, type RangeProblem } from './dateRange';

/** What a person reads when a custom range cannot be shown. */
export function describeRangeProblem(
  problem: RangeProblem,
  today: string,
): string {
  switch (problem) {
    case 'invalid-date':
      return t('Enter both dates as real calendar days (YYYY-MM-DD).');
    case 'from-after-to':
      return t('The start date must be on or before the end date.');
    case 'in-future':
      return t('The end date cannot be after today ({today}, UTC).', {
        today: formatDay(today),
      });
    case 'too-long':
      return t('Choose at most {days} days.', { days: MAX_RANGE_DAYS });
  }
}
