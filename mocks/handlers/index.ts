import { accessKeyHandlers } from './accessKeys';
import { agentHandlers } from './agents';
import { customerHandlers } from './customers';
import { djangoHandlers } from './django';
import { mcpHandlers } from './mcp';
import { offeringHandlers } from './offerings';
import { processorHandlers } from './processors';
import { projectHandlers } from './projects';
import { serviceHandlers } from './services';
import { usageHandlers } from './usage';
import { userHandlers } from './users';
import { widgetHandlers } from './widgets';

/** Every route of the mock backend, happy paths; scenarios prepend theirs. */
export const handlers = [
  ...userHandlers,
  ...customerHandlers,
  ...projectHandlers,
  ...offeringHandlers,
  ...agentHandlers,
  ...serviceHandlers,
  ...processorHandlers,
  ...accessKeyHandlers,
  ...usageHandlers,
  ...mcpHandlers,
  ...widgetHandlers,
  ...djangoHandlers,
];
