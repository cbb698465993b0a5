import Table from 'react-bootstrap/Table';

import type { McpTool } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { toolParameters } from './mcpSchema';

function ToolParameters({ tool }: { tool: McpTool }) {
  const parameters = toolParameters(tool);
  if (parameters.length === 0) {
    return (
      <p className="small text-body-secondary mb-0">{t('No parameters.')}</p>
    );
  }
  return (
    <Table size="sm" bordered responsive className="mb-0 small">
      <caption className="visually-hidden">
        {t('Parameters of {tool}', { tool: tool.name })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('Parameter')}</th>
          <th scope="col">{t('Type')}</th>
          <th scope="col">{t('Required')}</th>
          <th scope="col">{t('Description')}</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr key={parameter.name}>
            <td>
              <code>{parameter.name}</code>
            </td>
            <td>{parameter.type}</td>
            <td>{parameter.isRequired ? t('Yes') : t('No')}</td>
            <td>{parameter.description}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The agent's MCP tools with their parameters as readable tables. */
export function McpToolList({ tools }: { tools: McpTool[] }) {
  return (
    <ul className="list-unstyled mb-0">
      {tools.map((tool) => (
        <li key={tool.name} className="border rounded p-3 mb-3">
          <h4 className="h6 mb-1">
            <code>{tool.name}</code>
          </h4>
          <p className="small mb-2">{tool.description}</p>
          <ToolParameters tool={tool} />
        </li>
      ))}
    </ul>
  );
}
