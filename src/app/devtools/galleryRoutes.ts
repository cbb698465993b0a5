import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';

export interface GalleryRoute {
  /** Stable, for file names: `agent-list`, `keys`, … */
  slug: string;
  label: string;
  path: string;
}

/** Every route of the kit, on the seed's organization and first agent. */
export function galleryRoutes(): GalleryRoute[] {
  const org = SEED.orgUuid;
  const agent = SEED.agentUuid;
  return [
    { slug: 'agent-list', label: t('Agent list'), path: routes.agents(org) },
    {
      slug: 'configure',
      label: t('Configure'),
      path: routes.configure(org, agent),
    },
    { slug: 'widgets', label: t('Widgets'), path: routes.widgets(org, agent) },
    { slug: 'keys', label: t('API keys'), path: routes.keys(org, agent) },
    { slug: 'usage', label: t('Usage'), path: routes.usage(org, agent) },
    {
      slug: 'empty-organization',
      label: t('Agent list of the empty organization'),
      path: routes.agents(SEED.emptyOrgUuid),
    },
    { slug: 'not-found', label: t('Page not found'), path: '/no-such-page/' },
  ];
}
