import Table from 'react-bootstrap/Table';

import { t } from '@/lib/i18n';

import { formatDay } from './dateRange';
import { formatCount } from './format';
import { sumDays, type UsageDay } from './series';

/**
 * The daily series as a table: the accessible alternative to the charts,
 * and the numbers a person checks the totals against.
 */
export function DailyTable({ days }: { days: UsageDay[] }) {
  const sum = sumDays(days);

  return (
    <details className="mt-3">
      <summary>{t('Daily numbers as a table')}</summary>
      <div className="table-responsive mt-2" style={{ maxHeight: '24rem' }}>
        <Table size="sm" striped className="mb-0">
          <caption className="visually-hidden">
            {t('Usage per UTC day')}
          </caption>
          <thead className="sticky-top">
            <tr>
              <th scope="col">{t('Date (UTC)')}</th>
              <th scope="col" className="text-end">
                {t('Tokens in')}
              </th>
              <th scope="col" className="text-end">
                {t('Tokens out')}
              </th>
              <th scope="col" className="text-end">
                {t('Requests')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row" className="fw-normal">
                  <time dateTime={day.date}>{formatDay(day.date)}</time>
                </th>
                <td className="text-end">{formatCount(day.tokens_input)}</td>
                <td className="text-end">{formatCount(day.tokens_output)}</td>
                <td className="text-end">{formatCount(day.requests)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="fw-semibold">
              <th scope="row">{t('Sum of days')}</th>
              <td className="text-end">{formatCount(sum.tokens_input)}</td>
              <td className="text-end">{formatCount(sum.tokens_output)}</td>
              <td className="text-end">{formatCount(sum.requests)}</td>
            </tr>
          </tfoot>
        </Table>
      </div>
    </details>
  );
}
