/**
 * The platform has no route for what opencity-api.md §3 does not list: such a request answers 404, as
 * Symfony's router does (`{code, message}` through FOSRest's JSON exception format). Registered last, so
 * every listed route (and every `worker.use(...)` override) answers first. Without it an unlisted call
 * would fall through to the dev server, and a kit bug that a real OpenCity rejects would pass here.
 */
import { http, passthrough } from 'msw';
import { json } from '../http.js';

/** Source modules served by the dev server, Storybook or the test runner (`/src/api/http.ts`): no API calls. */
const SOURCE = /\.(?:[cm]?[jt]s|css|map)$|\/(?:@fs|@vite|@id|node_modules|src)\//;

export const unlistedHandlers = [
  http.all('*/api/*', ({ request }) => {
    const url = new URL(request.url);
    // Elements loaded after the worker started (the demo imports them once the mock runs) must still load.
    if (SOURCE.test(url.pathname)) return passthrough();
    return json({ code: 404, message: `No route found for "${request.method} ${url.pathname}"` }, 404);
  }),
];
