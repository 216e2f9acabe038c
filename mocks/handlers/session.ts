/**
 * `{base}/api/session-auth` (opencity-api.md §2.1): GET turns the SPID/CIE cookie session (the
 * mock login page's choice, `loginAs()` in tests) into a JWT; POST creates an anonymous citizen;
 * OPTIONS answers `200 []`. `POST /api/auth` exchanges operator credentials.
 */
import { http, HttpResponse } from 'msw';
import { currentUser, mutate } from '../db.js';
import { issueToken } from '../jwt.js';
import { json, readJson, isObject, strings } from '../http.js';
import { uuid } from '../time.js';

export const sessionHandlers = [
  http.get('*/api/session-auth', ({ request }) => {
    const user = currentUser();
    const withCookie = new URL(request.url).searchParams.get('with-cookie') === '1';
    // The credentialed variant answers with the allowed origin instead of `*` (§2.1).
    const origin = request.headers.get('Origin');
    const headers: Record<string, string> = withCookie && origin
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }
      : {};
    if (!user) return HttpResponse.json({ error: 'You are not logged in' }, { status: 401, headers: { 'Access-Control-Allow-Origin': '*', ...headers } });
    return HttpResponse.json({ token: issueToken(user) }, { headers: { 'Access-Control-Allow-Origin': '*', ...headers } });
  }),

  http.post('*/api/session-auth', () => {
    const now = Date.now();
    const user = mutate((s) => {
      const id = uuid();
      const u = {
        id, role: 'user' as const, username: `anonymous-${id.slice(0, 8)}`, nome: '', cognome: '', codice_fiscale: '',
        data_nascita: null, luogo_nascita: null, codice_nascita: null, provincia_nascita: null, stato_nascita: null, sesso: null,
        telefono: null, cellulare: null, email: null,
        indirizzo_domicilio: null, cap_domicilio: null, citta_domicilio: null, provincia_domicilio: null, stato_domicilio: null,
        indirizzo_residenza: null, cap_residenza: null, citta_residenza: null, provincia_residenza: null, stato_residenza: null,
        spid_code: null, authentication_method: 'anonymous' as const, spid_level: null, idp: null, created_at: now, updated_at: now,
      };
      s.users.push(u);
      return u;
    });
    return json({ token: issueToken(user) });
  }),

  http.options('*/api/session-auth', () => json([])),

  // Operators/admins only; citizens log in with SPID/CIE (§2.1). No operator exists in the mock.
  http.post('*/api/auth', async ({ request }) => {
    const body = await readJson(request);
    if (!body.ok) return body.response;
    if (!isObject(body.body) || typeof body.body.username !== 'string') return strings(400, 'Missing credentials');
    return json({ code: 401, message: 'Invalid credentials.' }, 401);
  }),
];
