import { statusToneOf, type Pratica, type PraticaStatusGroup } from '../domain/pratica.js';
import type { Tone } from './status-tag.js';

/**
 * URLs the area personale builds from page-configurable templates. `{name}` placeholders are filled
 * with URL-encoded values; a query parameter whose placeholder has no value is dropped, so one template
 * (`/richiesta.html?service={service}&pratica={pratica}`) serves "resume draft" and "start an action".
 * Service-page templates (`{id}`, `{identifier}`) use `fillUrlTemplate` in url-template.ts, which keeps
 * unknown placeholders visible instead.
 */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  const [pathAndQuery = '', hash] = splitOnce(template, '#');
  const [path = '', query] = splitOnce(pathAndQuery, '?');
  const fill = (s: string): string => s.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(values[k] ?? ''));
  let out = fill(path);
  if (query !== undefined) {
    const kept = query
      .split('&')
      .filter((pair) => pair !== '')
      .filter((pair) => {
        const m = /\{(\w+)\}/.exec(pair);
        return !m || (values[m[1]!] ?? '') !== '';
      })
      .map(fill);
    if (kept.length) out += `?${kept.join('&')}`;
  }
  if (hash !== undefined) out += `#${fill(hash)}`;
  return out;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

export const DEFAULT_WIZARD_URL = '?service={service}&pratica={pratica}';
export const DEFAULT_DETAIL_URL = '#/pratiche/{pratica}';

/** "Completa": the wizard resuming this draft (the wizard reads `pratica-id`). */
export function resumeUrl(template: string, p: Pick<Pratica, 'id' | 'serviceId' | 'serviceSlug'>): string {
  return fillTemplate(template, { service: p.serviceId || p.serviceSlug, pratica: p.id });
}

/**
 * A service action (rinnovo, voltura…) on an accepted pratica: the wizard of the action's service with
 * `action` and `ref` (the wizard's `ref-pratica`). A template without `{action}` gets them appended.
 */
export function actionUrl(template: string, serviceId: string, action: string, refPratica: string): string {
  const values = { service: serviceId, pratica: '', action, ref: refPratica };
  let url = fillTemplate(template, values);
  if (!/\{action\}/.test(template)) {
    const extra = `action=${encodeURIComponent(action)}&ref=${encodeURIComponent(refPratica)}`;
    const hashAt = url.indexOf('#');
    const [head, tail] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
    url = `${head}${head.includes('?') ? '&' : '?'}${extra}${tail}`;
  }
  return url;
}

export function detailUrl(template: string, praticaId: string, section?: string): string {
  const url = fillTemplate(template, { pratica: praticaId });
  return section ? `${url}${url.includes('?') ? '&' : '?'}sezione=${encodeURIComponent(section)}` : url;
}

/** Tag colour of a pratica: red only when something went wrong (a refused payment, a rejection). */
export function praticaTone(p: Pick<Pratica, 'statusCode' | 'statusGroup'>): Tone {
  if (p.statusCode === 1530) return 'danger';
  return statusToneOf(p.statusGroup) as Tone;
}

/** What the citizen should do next, if anything (pa-domain.md §6.2). */
export type NextAction = 'completa' | 'paga' | 'rispondi';
export function nextActionOf(p: Pick<Pratica, 'statusCode' | 'statusGroup'>): NextAction | undefined {
  const group: PraticaStatusGroup = p.statusGroup;
  if (p.statusCode === 1000) return 'completa';
  if (p.statusCode === 1500 || p.statusCode === 1530) return 'paga';
  if (group === 'richiesta-integrazione') return 'rispondi';
  return undefined;
}

/** The number a citizen quotes (domain/pratica.ts defines the rule once). */
export { praticaNumber, praticaReference } from '../domain/pratica.js';
