/**
 * The platform has no route for what opencity-api.md §3 does not list: such a request answers 404, as
 * Symfony's router does (`{code, message}` through FOSRest's JSON exception format). Registered last, so
 * every listed route (and every `worker.use(...)` override) answers first. Without it an unlisted call
 * would fall through to the dev server, and a kit bug that a real OpenCity rejects would pass here.
 */
import { http } from 'msw';
import { json } from '../http.js';

export const unlistedHandlers = [
  http.all('*/api/*', ({ request }) => {
    const url = new URL(request.url);
    return json({ code: 404, message: `No route found for "${request.method} ${url.pathname}"` }, 404);
  }),
];
