import { Fragment } from 'react';
import Table from 'react-bootstrap/Table';
import { Link } from 'react-router-dom';

import { SCENARIO_NAMES } from '@mocks/scenarios';

import { t } from '@/lib/i18n';

import { galleryRoutes } from './galleryRoutes';
import { scenarioText } from './scenarioText';

/**
 * Mock mode only: every route with a link per scenario, for designers. The
 * links load the page afresh, so the scenario applies from the first
 * request; it then stays on for this browser tab.
 */
export function GalleryPage() {
  const rows = galleryRoutes();
  return (
    <main className="container-lg py-4">
      <h1 className="h3">{t('Route gallery')}</h1>
      <p className="text-body-secondary">
        {t(
          'Every page of the kit in every mock scenario. A scenario stays on for this browser tab until you choose another one.',
        )}
      </p>
      <div className="table-responsive mb-4">
        <Table size="sm" className="align-middle">
          <thead>
            <tr>
              <th scope="col">{t('Page')}</th>
              <th scope="col">{t('Scenarios')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((route) => (
              <tr
                key={route.slug}
                data-route={route.slug}
                data-path={route.path}
              >
                <th scope="row" className="fw-normal">
                  <div>{route.label}</div>
                  <code className="small">{route.path}</code>
                </th>
                <td>
                  <ul className="list-inline mb-0">
                    {SCENARIO_NAMES.map((name) => (
                      <li key={name} className="list-inline-item">
                        <Link
                          to={`${route.path}?scenario=${name}`}
                          reloadDocument
                          aria-label={t('{page} in the {scenario} scenario', {
                            page: route.label,
                            scenario: name,
                          })}
                        >
                          {name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <h2 className="h5">{t('Scenarios')}</h2>
      <dl className="row">
        {SCENARIO_NAMES.map((name) => (
          <Fragment key={name}>
            <dt className="col-sm-2">
              <code>{name}</code>
            </dt>
            <dd className="col-sm-10">{scenarioText(name)}</dd>
          </Fragment>
        ))}
      </dl>
    </main>
  );
}
