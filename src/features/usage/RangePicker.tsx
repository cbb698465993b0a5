import { useId, useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import ButtonGroup from 'react-bootstrap/ButtonGroup';
import Form from 'react-bootstrap/Form';

import { t } from '@/lib/i18n';

import { checkRange, type RangeProblem } from './dateRange';
import { describeRangeProblem } from './rangeMessages';
import { PRESETS, type RangeChoice } from './usageSearchParams';

interface RangePickerProps {
  choice: RangeChoice;
  from: string;
  to: string;
  today: string;
  onChange: (choice: RangeChoice) => void;
}

/** Presets of the last 7, 30 or 90 UTC days, or two dates of one's own. */
export function RangePicker({
  choice,
  from,
  to,
  today,
  onChange,
}: RangePickerProps) {
  const feedbackId = useId();
  const [isCustomOpen, setCustomOpen] = useState(choice.kind === 'custom');
  const [draft, setDraft] = useState({ from, to });
  const [problem, setProblem] = useState<RangeProblem | null>(null);

  const pickPreset = (days: (typeof PRESETS)[number]) => {
    setCustomOpen(false);
    setProblem(null);
    onChange({ kind: 'preset', days });
  };

  const openCustom = () => {
    // Starts from the range on screen, so a tweak is one field away.
    if (!isCustomOpen) setDraft({ from, to });
    setCustomOpen(true);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = checkRange(draft.from, draft.to, today);
    setProblem(found);
    if (found === null) onChange({ kind: 'custom', ...draft });
  };

  const isCustom = isCustomOpen || choice.kind === 'custom';
  const invalidFrom =
    (problem === 'invalid-date' && !draft.from) ||
    problem === 'from-after-to' ||
    problem === 'too-long';
  const invalidTo =
    (problem === 'invalid-date' && !draft.to) || problem === 'in-future';

  return (
    <div className="d-flex flex-wrap align-items-start gap-3">
      <ButtonGroup aria-label={t('Date range')}>
        {PRESETS.map((days) => (
          <Button
            key={days}
            variant="outline-primary"
            active={
              !isCustom && choice.kind === 'preset' && choice.days === days
            }
            aria-pressed={
              !isCustom && choice.kind === 'preset' && choice.days === days
            }
            onClick={() => pickPreset(days)}
          >
            {t('Last {days} days', { days })}
          </Button>
        ))}
        <Button
          variant="outline-primary"
          active={isCustom}
          aria-pressed={isCustom}
          onClick={openCustom}
        >
          {t('Custom')}
        </Button>
      </ButtonGroup>
      {isCustom && (
        <Form
          noValidate
          onSubmit={apply}
          className="d-flex flex-wrap align-items-start gap-2"
        >
          <Form.Group controlId={`${feedbackId}-from`}>
            <Form.Label visuallyHidden>{t('From (UTC)')}</Form.Label>
            <Form.Control
              type="date"
              value={draft.from}
              max={today}
              isInvalid={invalidFrom}
              aria-describedby={problem ? feedbackId : undefined}
              onChange={(event) =>
                setDraft({ ...draft, from: event.target.value })
              }
            />
          </Form.Group>
          <span className="pt-2" aria-hidden="true">
            –
          </span>
          <Form.Group controlId={`${feedbackId}-to`}>
            <Form.Label visuallyHidden>{t('To (UTC)')}</Form.Label>
            <Form.Control
              type="date"
              value={draft.to}
              max={today}
              isInvalid={invalidTo}
              aria-describedby={problem ? feedbackId : undefined}
              onChange={(event) =>
                setDraft({ ...draft, to: event.target.value })
              }
            />
          </Form.Group>
          <Button type="submit" variant="primary">
            {t('Apply')}
          </Button>
          {problem && (
            <div id={feedbackId} className="invalid-feedback d-block w-100">
              {describeRangeProblem(problem, today)}
            </div>
          )}
        </Form>
      )}
    </div>
  );
}
