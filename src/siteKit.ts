/*
 * The kit as a library for a host application: mount it into an element,
 * compose its routes into the host's own router, or call the typed client
 * without React.
 */
export { mountSiteKit, type SiteKitOptions } from './app/mount';
export { appRoutes } from './app/routes';
export { createAgentApi, type AgentApi } from './api/agentApi';
export { ApiError, isApiError } from './api/errors';
export type { Page } from './api/http';
