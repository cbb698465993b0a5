import { setupServer } from 'msw/node';

import { handlers } from './handlers';

/** The mock backend for tests in Node; the test setup starts it. */
export const server = setupServer(...handlers);
