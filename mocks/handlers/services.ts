/**
 * Public catalogue: services (+ facets, form, attachments), service groups, categories and the
 * lookup lists (opencity-api.md §3.2, §4.1). All readable without a token (§2.3).
 */
import { http } from 'msw';
import { tenantState, findService } from '../db.js';
import { categories } from '../fixtures/categories.js';
import { GROUPS, geographicAreas, recipients } from '../fixtures/services.js';
import { offices } from '../fixtures/offices.js';
import { forms } from '../fixtures/forms/index.js';
import { baseOf, json, query, strings } from '../http.js';
import { groupToWire, serviceToWire } from '../wire.js';
import { pdfResponse, simplePdf } from '../pdf.js';

/** The public list shows published, suspended and scheduled services (opencity-api.md §5.2). */
const PUBLIC_STATUSES = [1, 2, 4];

function listServices(request: Request) {
  const q = query(request);
  let list = tenantState().services.slice();
  const status = q.get('status');
  list = list.filter((s) => (status ? s.status === Number(status) && PUBLIC_STATUSES.includes(s.status) : PUBLIC_STATUSES.includes(s.status)));
  const text = q.get('q')?.trim().toLowerCase();
  if (text) {
    const strip = (v: unknown) => String(v ?? '').replace(/<[^>]+>/g, ' ').toLowerCase();
    list = list.filter((s) => [s.name, s.short_description, s.description, s.topics].some((v) => strip(v).includes(text)));
  }
  const identifier = q.get('identifier');
  if (identifier) list = list.filter((s) => s.identifier === identifier);
  const topics = q.get('topics_id');
  if (topics) list = list.filter((s) => s.topics_id === topics);
  const group = q.get('service_group_id');
  if (group) list = list.filter((s) => s.service_group_id === group);
  if (q.get('grouped') === 'false') list = list.filter((s) => !s.service_group_id);
  const recipient = q.get('recipient_id');
  if (recipient) list = list.filter((s) => (s.recipients_id as string[]).includes(recipient));
  const area = q.get('geographic_area_id');
  if (area) list = list.filter((s) => (s.geographic_areas_id as string[]).includes(area));
  const groups = q.get('user_group_ids');
  if (groups) {
    const wanted = groups.split(',');
    list = list.filter((s) => (s.user_group_ids as string[]).some((g) => wanted.includes(g)));
  }
  if (q.get('sticky') === 'true') list = list.filter((s) => s.sticky);
  const orderBy = q.get('order_by');
  if (orderBy === 'name' || orderBy === 'created_at' || orderBy === 'updated_at') {
    const asc = q.get('ascending') !== 'false';
    list.sort((a, b) => String(a[orderBy]).localeCompare(String(b[orderBy]), 'it') * (asc ? 1 : -1));
  }
  const limit = Number(q.get('limit'));
  if (Number.isInteger(limit) && limit > 0) list = list.slice(0, limit);
  return list;
}

export const serviceHandlers = [
  // A plain array, with or without `version=2` (opencity-api.md §3.2; the 3.x envelope is
  // available as `scenarios.servicesEnvelope`).
  http.get('*/api/services', ({ request }) => {
    const base = baseOf(request);
    return json(listServices(request).map((s) => serviceToWire(s, base)));
  }),

  http.get('*/api/services/facets', () => {
    const visible = tenantState().services.filter((s) => PUBLIC_STATUSES.includes(s.status));
    const count = (pick: (s: (typeof visible)[number]) => string[]) => {
      const out: Record<string, number> = {};
      for (const s of visible) for (const k of pick(s)) out[k] = (out[k] ?? 0) + 1;
      return out;
    };
    const topics = count((s) => [s.topics_id]);
    const recs = count((s) => s.recipients_id as string[]);
    const areas = count((s) => s.geographic_areas_id as string[]);
    return json({
      topics_id: Object.fromEntries(categories.filter((c) => topics[c.id]).map((c) => [c.id, { label: c.name, slug: c.slug, count: topics[c.id] }])),
      recipient_id: Object.fromEntries(recipients.filter((r) => recs[r.id]).map((r) => [r.id, { label: r.name, count: recs[r.id] }])),
      geographic_area_id: Object.fromEntries(geographicAreas.filter((g) => areas[g.id]).map((g) => [g.id, { label: g.name, count: areas[g.id] }])),
    });
  }),

  http.get('*/api/services/:id/form', ({ params }) => {
    // `{id}` must be the uuid here (opencity-api.md §3.2).
    const s = tenantState().services.find((x) => x.id === params.id);
    const formId = s?.flow_steps[0]?.parameters.formio_id;
    const def = formId ? forms().get(formId) : undefined;
    return def ? json(def) : strings(404, 'Form not found');
  }),

  http.get('*/api/services/:id/attachments/:type/:filename', ({ params }) => {
    const s = findService(String(params.id));
    const file = (s?.[`${params.type}_attachments`] as Array<{ name: string; original_name: string }> | undefined)?.find((a) => a.name === params.filename);
    if (!s || !file) return strings(404, 'Attachment not found');
    return pdfResponse(simplePdf(file.original_name.replace(/\.pdf$/, ''), [
      'Comune di Esempio',
      `Servizio: ${s.name}`,
      '',
      ...String(s.conditions).replace(/<\/p>/g, '\n').replace(/<[^>]+>/g, '').split('\n').filter(Boolean),
    ]), file.original_name);
  }),

  http.get('*/api/services/:id', ({ params, request }) => {
    const s = findService(String(params.id));
    if (!s) return strings(404, 'Service not found');
    // A cancelled service answers 403 (opencity-api.md §3.2).
    if (s.status === 0) return strings(403, 'Service is not available');
    return json(serviceToWire(s, baseOf(request)));
  }),

  http.get('*/api/services-groups', () => {
    const services = tenantState().services;
    return json(GROUPS.map((g) => groupToWire(g, services)));
  }),
  http.get('*/api/services-groups/:id', ({ params }) => {
    const g = GROUPS.find((x) => x.id === params.id || x.slug === params.id);
    return g ? json(groupToWire(g, tenantState().services)) : strings(404, 'Service group not found');
  }),

  http.get('*/api/categories', () => json(categories)),
  http.get('*/api/categories/:id', ({ params }) => {
    const c = categories.find((x) => x.id === params.id || x.slug === params.id);
    return c ? json(c) : strings(404, 'Category not found');
  }),

  http.get('*/api/recipients', () => json(recipients)),
  http.get('*/api/geographic-areas', () => json(geographicAreas)),
  http.get('*/api/user-groups', () => {
    const services = tenantState().services;
    return json(offices.map((o) => ({ ...o, services_count: services.filter((s) => (s.user_group_ids as string[]).includes(o.id)).length })));
  }),
];
