/** Node entry (`msw/node`): `server.listen()` in node tests, scripts and SSR checks. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers/index.js';

export const server = setupServer(...handlers);
export { handlers };
export { scenarios } from './scenarios.js';
export * from './state.js';
