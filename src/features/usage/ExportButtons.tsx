import Button from 'react-bootstrap/Button';
import { Download } from 'react-bootstrap-icons';

import { t } from '@/lib/i18n';

import { csvFileName, type CsvKind } from './csv';
import { downloadText } from './download';

interface ExportButtonsProps {
  agentName: string;
  from: string;
  to: string;
  /** Builds the CSV of what is on screen when the button is pressed. */
  buildCsv: (kind: CsvKind) => string;
}

/** CSV of the days and of the keys shown, named after agent and range. */
export function ExportButtons({
  agentName,
  from,
  to,
  buildCsv,
}: ExportButtonsProps) {
  const save = (kind: CsvKind) =>
    downloadText(csvFileName(agentName, from, to, kind), buildCsv(kind));

  return (
    <div className="d-flex flex-wrap gap-2">
      <Button
        variant="outline-secondary"
        size="sm"
        onClick={() => save('by-day')}
      >
        <Download className="me-1" aria-hidden="true" />
        {t('Export CSV per day')}
      </Button>
      <Button
        variant="outline-secondary"
        size="sm"
        onClick={() => save('by-key')}
      >
        <Download className="me-1" aria-hidden="true" />
        {t('Export CSV per key')}
      </Button>
    </div>
  );
}
