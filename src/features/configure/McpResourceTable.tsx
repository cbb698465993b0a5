import Table from 'react-bootstrap/Table';

import type { McpResource } from '@/api/schemas';
import { t } from '@/lib/i18n';

/** The agent's MCP resources: what a client can read, and as what type. */
export function McpResourceTable({ resources }: { resources: McpResource[] }) {
  return (
    <Table size="sm" responsive className="small">
      <caption className="visually-hidden">{t('MCP resources')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('URI')}</th>
          <th scope="col">{t('Name')}</th>
          <th scope="col">{t('Type')}</th>
          <th scope="col">{t('Description')}</th>
        </tr>
      </thead>
      <tbody>
        {resources.map((resource) => (
          <tr key={resource.uri}>
            <td>
              <code>{resource.uri}</code>
            </td>
            <td>{resource.name}</td>
            <td>{resource.mime_type}</td>
            <td>{resource.description}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
