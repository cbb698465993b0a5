import { setupWorker } from 'msw/browser';

import { handlers } from './handlers';

/** The mock backend in the browser; mock mode starts it before rendering. */
export const worker = setupWorker(...handlers);
