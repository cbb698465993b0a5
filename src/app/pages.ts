import { lazy, type ComponentType } from 'react';

import { prefetchConfigurePage } from '@/features/configure/prefetchConfigurePage';
import { prefetchKeysPage } from '@/features/keys/prefetchKeysPage';
import { prefetchUsagePage } from '@/features/usage/prefetchUsagePage';
import { prefetchWidgetsPage } from '@/features/widgets/prefetchWidgetsPage';
import type { PagePrefetch } from '@/lib/prefetch';

/*
 * The pages load lazily, so that the agent list's first load does not
 * carry the forms, charts and previews of the others. `load` starts a
 * page's code early (the agent frame does it for its tab before the agent
 * has loaded), `prefetch` (small, in the first load) starts the page's
 * requests, and `Component` renders it, suspending until it is there.
 */
function page<Module>(
  importPage: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
  prefetch?: PagePrefetch,
) {
  // One request for the code however many ask for it; a failed one is
  // forgotten, so that the next visit tries again.
  let loading: Promise<Module> | null = null;
  const load = () => {
    loading ??= importPage().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    load,
    prefetch,
    Component: lazy(async () => ({ default: pick(await load()) })),
  };
}

export const pages = {
  agents: page(
    () => import('@/features/agents/AgentListPage'),
    (module) => module.AgentListPage,
  ),
  configure: page(
    () => import('@/features/configure/ConfigurePage'),
    (module) => module.ConfigurePage,
    prefetchConfigurePage,
  ),
  widgets: page(
    () => import('@/features/widgets/WidgetsPage'),
    (module) => module.WidgetsPage,
    prefetchWidgetsPage,
  ),
  keys: page(
    () => import('@/features/keys/KeysPage'),
    (module) => module.KeysPage,
    prefetchKeysPage,
  ),
  usage: page(
    () => import('@/features/usage/UsagePage'),
    (module) => module.UsagePage,
    prefetchUsagePage,
  ),
};
