import { config } from '@/config/config';

import { createAgentApi } from './agentApi';
import { getToken } from './session';

/** The kit's own instance of the typed client. */
export const agentApi = createAgentApi({
  baseUrl: config.apiUrl,
  getToken,
});
