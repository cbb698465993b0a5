import Alert from 'react-bootstrap/Alert';

import { t } from '@/lib/i18n';

import { formatCount } from './format';
import {
  sumDays,
  totalsEqual,
  type UsageDay,
  type UsageTotals as Totals,
} from './series';

interface UsageTotalsProps {
  /** The server's totals for the range. */
  totals: Totals;
  /** The days shown, which the totals must add up from. */
  days: UsageDay[];
}

/** Tokens in, tokens out and requests for the whole range. */
export function UsageTotals({ totals, days }: UsageTotalsProps) {
  const items = [
    { label: t('Tokens in'), value: totals.tokens_input },
    { label: t('Tokens out'), value: totals.tokens_output },
    { label: t('Requests'), value: totals.requests },
  ];
  // A report people are billed by must add up; if the server's totals and
  // its days disagree, say so instead of showing two different truths.
  const isConsistent = totalsEqual(totals, sumDays(days));

  return (
    <section aria-labelledby="usage-totals-heading" className="mb-4">
      <h2 id="usage-totals-heading" className="h5">
        {t('Totals for the range')}
      </h2>
      <div className="row row-cols-1 row-cols-sm-3 g-3">
        {items.map((item) => (
          <div key={item.label} className="col">
            {/* One list per box: a <dl> may hold only dt/dd (in a div). */}
            <dl className="border rounded p-3 h-100 mb-0">
              <dt className="fw-normal text-body-secondary small">
                {item.label}
              </dt>
              <dd className="fs-4 fw-semibold mb-0">
                {formatCount(item.value)}
              </dd>
            </dl>
          </div>
        ))}
      </div>
      {!isConsistent && (
        <Alert variant="warning" className="mt-3 mb-0">
          {t(
            'The server’s totals differ from the sum of the days shown. Check the daily table.',
          )}
        </Alert>
      )}
    </section>
  );
}
