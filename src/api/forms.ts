import { SdcError, toSdcError } from '../core/errors.js';
import type { Service } from '../domain/service.js';
import { resolveReferences, type ResolvedReferences, type UnresolvedRef } from '../forms/resolve.js';
import type { RequestOptions, SdcClient } from './http.js';
import { FormWire } from './schemas/services.js';
import { getService, getServiceForm } from './services.js';

/**
 * A service's Form.io form with its nested forms by reference (opencity-api.md §6.1–6.2). The form
 * comes from `GET /api/services/{uuid}/form`; each `{type:"form", form:"<id>"}` without components from
 * `{form server}/{id}`, where the form server is the service's `flow_steps[].parameters.url`
 * (`…/form/`), else the provider's `form-server-url`.
 */
export interface ServiceForm {
  json: { components: unknown[]; [key: string]: unknown };
  /** Nested forms by reference, for `parseForm(json, { subforms })`. */
  subforms: Record<string, Record<string, unknown>>;
  /** References followed (each once). */
  refs: string[];
}

export interface LoadFormOptions extends RequestOptions {
  /** The provider's `form-server-url`, used when the service names none. */
  formServerUrl?: string;
  /** The service's own definition arrived, before its nested forms are fetched (the wizard starts importing what it needs). */
  onForm?: (json: ServiceForm['json']) => void;
}

type FormJson = ServiceForm['json'];

/**
 * Sub-forms by URL, per client, for the page session: the Anagrafica is the same across services, so
 * a second wizard on the page (or a "Riprova") costs nothing. A failed load is forgotten at once.
 */
const CACHES = new WeakMap<SdcClient, Map<string, Promise<FormJson>>>();

/** `https://form.example.it` or `…/form/` → `…/form/` (the platform fills `url` with the latter). */
export function formServerBase(url: string | undefined): string | undefined {
  const u = url?.trim();
  if (!u) return undefined;
  const base = u.replace(/\/+$/, '');
  return /\/form$/.test(base) ? `${base}/` : `${base}/form/`;
}

/** Where a reference lives: an absolute `src` as it is, an id under the form server. */
export function subformUrl(server: string | undefined, ref: string): string | undefined {
  if (/^https?:\/\//i.test(ref)) return ref;
  if (!server || !/^[\w-]+$/.test(ref)) return undefined;
  return `${server}${ref}`;
}

/** `GET {url}`: one form definition from the form server (never with the tenant's token: another origin). */
export function getFormByUrl(client: SdcClient, url: string, opts: RequestOptions = {}): Promise<FormJson> {
  let cache = CACHES.get(client);
  if (!cache) CACHES.set(client, (cache = new Map()));
  const hit = cache.get(url);
  if (hit) return hit;
  // Shared by every caller, so one caller's abort must not cancel it for the others.
  const { signal: _signal, ...rest } = opts;
  const p = client.get(url, FormWire, { ...rest, version: false, auth: 'none' });
  cache.set(url, p);
  p.catch(() => cache.delete(url));
  return abortable(p, opts.signal);
}

function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new SdcError('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new SdcError('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Resolves the nested forms by reference of `json` (lint and bench use it with a form server of their own). */
export function resolveFormReferences(
  client: SdcClient,
  json: unknown,
  server: string | undefined,
  opts: RequestOptions = {},
): Promise<ResolvedReferences> {
  return resolveReferences(json, {
    signal: opts.signal,
    fetch: (ref, signal) => {
      const url = subformUrl(server, ref);
      if (!url) return Promise.reject(new SdcError('not-found', { detail: `No form server for nested form ${ref}` }));
      return getFormByUrl(client, url, { ...opts, signal });
    },
  });
}

/**
 * The form of a service, every reference resolved. Rejects with an SdcError when the form or any
 * sub-form cannot be loaded — the caller shows an error with "Riprova", never a form without the
 * applicant's fields: `not-found`, `server`, `timeout`, `network` as the failing request said;
 * `invalid-response` for a sub-form that is not a form (HTML, a cycle, too deep).
 */
export async function loadServiceForm(
  client: SdcClient,
  service: Pick<Service, 'id' | 'formioId' | 'formServerUrl'>,
  opts: LoadFormOptions = {},
): Promise<ServiceForm> {
  const { formServerUrl, onForm, ...req } = opts;
  const server = formServerBase(service.formServerUrl ?? formServerUrl);
  const json = await getServiceForm(client, service.id, req);
  onForm?.(json);
  const { subforms, unresolved, refs } = await resolveFormReferences(client, json, server, req);
  if (unresolved.length) throw unresolvedError(unresolved[0]!);
  return { json, subforms, refs };
}

function unresolvedError(u: UnresolvedRef): SdcError {
  if (u.reason === 'failed') {
    const err = toSdcError(u.error);
    if (err.kind === 'aborted') return err;
    return new SdcError(err.kind, { status: err.status, detail: `Nested form ${u.ref} (${u.path}): ${err.detail ?? err.kind}`, cause: err, url: err.url });
  }
  return new SdcError('invalid-response', { detail: `Nested form ${u.ref} (${u.path}): ${u.reason}` });
}

/**
 * The form a pratica was sent with, for its Riepilogo: the service is read first (a request the page
 * usually shares, de-duplicated) for its form server.
 */
export async function loadPraticaForm(client: SdcClient, serviceId: string, opts: LoadFormOptions = {}): Promise<ServiceForm> {
  const { formServerUrl: _f, onForm: _o, ...req } = opts;
  const service = await getService(client, serviceId, { ...req, actions: false, offices: false });
  return loadServiceForm(client, service, opts);
}
