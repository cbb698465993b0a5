import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { Link, useSearchParams } from 'react-router-dom';

import type { Widget } from '@/api/schemas';
import { t } from '@/lib/i18n';

interface WidgetListProps {
  widgets: Widget[];
  selectedUuid: string | null;
}

const THEMES: Record<Widget['theme'], () => string> = {
  light: () => t('Light'),
  dark: () => t('Dark'),
  auto: () => t('Auto'),
};

function originsText(count: number): string {
  if (count === 0) return t('None: works nowhere');
  return count === 1 ? t('1 origin') : t('{count} origins', { count });
}

/** The agent's widgets; a name selects the widget (kept in the URL). */
export function WidgetList({ widgets, selectedUuid }: WidgetListProps) {
  const [searchParams] = useSearchParams();

  const selectLink = (uuid: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('widget', uuid);
    return { search: `?${next.toString()}` };
  };

  return (
    <Table responsive hover className="align-middle">
      <thead>
        <tr>
          <th scope="col">{t('Name')}</th>
          <th scope="col">{t('Public ID')}</th>
          <th scope="col">{t('Theme')}</th>
          <th scope="col">{t('Status')}</th>
          <th scope="col">{t('Allowed origins')}</th>
        </tr>
      </thead>
      <tbody>
        {widgets.map((widget) => {
          const isSelected = widget.uuid === selectedUuid;
          return (
            <tr key={widget.uuid} className={isSelected ? 'table-active' : ''}>
              <th scope="row" className={isSelected ? 'fw-bold' : 'fw-normal'}>
                <Link
                  to={selectLink(widget.uuid)}
                  aria-current={isSelected ? 'true' : undefined}
                >
                  {widget.name}
                </Link>
                {/*
                 * The grey row alone would be a colour-only cue. Hidden from
                 * screen readers, which announce aria-current already.
                 */}
                {isSelected && (
                  <span
                    className="badge border border-secondary text-body ms-2"
                    aria-hidden="true"
                  >
                    {t('Selected')}
                  </span>
                )}
              </th>
              <td>
                <code>{widget.public_id}</code>
              </td>
              <td>{THEMES[widget.theme]()}</td>
              <td>
                {widget.is_active ? (
                  <Badge bg="success">{t('Active')}</Badge>
                ) : (
                  <Badge bg="secondary">{t('Inactive')}</Badge>
                )}
              </td>
              <td
                className={
                  widget.allowed_origins.length === 0 ? 'text-danger' : ''
                }
              >
                {originsText(widget.allowed_origins.length)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
