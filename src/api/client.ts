import { config, overrideConfig } from '@/config/config';

import { createAgentApi, type AgentApi } from './agentApi';
import { getToken, setTokenSource } from './session';

function build(): AgentApi {
  return createAgentApi({ baseUrl: config.apiUrl, getToken });
}

let current = build();

/*
 * The kit's own instance of the typed client. Modules import it once, so it
 * is a stable object whose functions call the current instance: a host that
 * mounts the kit can point it at another API without reloading modules.
 */
function delegating(): AgentApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(current) as Array<keyof AgentApi>) {
    api[name] = (...args: unknown[]): unknown =>
      Reflect.apply(current[name], current, args);
  }
  return api as AgentApi;
}

export const agentApi = delegating();

export interface KitConnection {
  apiUrl?: string;
  /** A host's token getter; the kit's own sign-in is the fallback. */
  getToken?: () => string | null | undefined;
  widgetHost?: string | null;
}

/**
 * Connects the kit to a host's API, token and widget host. Returns a
 * function that undoes it.
 */
export function configureKit(connection: KitConnection): () => void {
  const restoreConfig = overrideConfig(connection);
  if (connection.getToken) setTokenSource(connection.getToken);
  current = build();

  return () => {
    restoreConfig();
    if (connection.getToken) setTokenSource(null);
    current = build();
  };
}
