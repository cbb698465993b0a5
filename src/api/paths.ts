/** Collections Waldur 8.0.5 has today. */
export const WALDUR_PATHS = {
  currentUser: 'users/me',
  customers: 'customers',
  projects: 'projects',
  providerOfferings: 'marketplace-provider-offerings',
  agents: 'marketplace-site-agent-identities',
  services: 'marketplace-site-agent-services',
  processors: 'marketplace-site-agent-processors',
} as const;

/**
 * Provisional endpoints: ours, Waldur-shaped, not in any Waldur release yet.
 * When the backend lands they change here and nowhere else.
 */
export const PROVISIONAL_PATHS = {
  accessKeys: 'marketplace-site-agent-access',
  usage: 'marketplace-site-agent-usage',
  usageSummary: 'marketplace-site-agent-usage/summary',
  widgets: 'marketplace-site-agent-widgets',
  /** Under an identity: `<agents>/<uuid>/mcp/…`. */
  mcp: 'mcp',
  mcpTools: 'mcp/tools',
  mcpResources: 'mcp/resources',
} as const;
