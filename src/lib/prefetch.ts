import type { QueryClient } from '@tanstack/react-query';

/** Where an agent's page is: all it takes to start the page's requests. */
export interface AgentPageAddress {
  orgUuid: string;
  agentId: string;
  search: URLSearchParams;
}

/**
 * Starts the requests of an agent's page that depend only on its address,
 * so they go out with the agent's own request instead of after its answer.
 * The page's queries must be the same (same keys), so that they find these
 * answers, and must not re-send on mount what failed here (`retryOnMount:
 * false`); the agent frame calls this again whenever the tab is entered.
 */
export type PagePrefetch = (
  queryClient: QueryClient,
  address: AgentPageAddress,
) => void;
