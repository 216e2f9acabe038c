import type {
  Office,
  Service,
  ServiceActionLink,
  ServiceFacets,
  ServiceGroup,
  Topic,
} from '../domain/service.js';
import { actionFromText } from '../domain/service.js';
import { SdcError } from '../core/errors.js';
import { adapt } from './adapt.js';
import { itemsOf } from './adapters/common.js';
import { toFacets, toOffice, toService, toServiceGroup, toTopic } from './adapters/services.js';
import type { RequestOptions, SdcClient } from './http.js';
import {
  CategoryListWire,
  CategoryWire,
  FacetsWire,
  FormWire,
  OfficeListWire,
  ServiceGroupListWire,
  ServiceGroupWire,
  ServiceListWire,
  ServiceWire,
} from './schemas/services.js';

export interface ServiceQuery {
  /** Free-text search. */
  q?: string;
  /** Category uuid (`topics_id`). */
  topicId?: string;
  serviceGroupId?: string;
  recipientId?: string;
  geographicAreaId?: string;
  /** Service status codes to include (the public list shows 1, 2 and 4). */
  status?: number | number[];
  identifier?: string;
  /** false: leave out grouped services (the actions of a group). */
  grouped?: boolean;
  sticky?: boolean;
  orderBy?: string;
  ascending?: boolean;
  limit?: number;
}

/** `GET /api/services` (public): a plain array or, on 3.x v2, an envelope — both handled. */
export async function listServices(client: SdcClient, query: ServiceQuery = {}, opts: RequestOptions = {}): Promise<Service[]> {
  const body = await client.get('/api/services', ServiceListWire, {
    ...opts,
    query: {
      q: query.q?.trim() || undefined,
      topics_id: query.topicId,
      service_group_id: query.serviceGroupId,
      recipient_id: query.recipientId,
      geographic_area_id: query.geographicAreaId,
      status: Array.isArray(query.status) ? query.status.join(',') : query.status,
      identifier: query.identifier,
      grouped: query.grouped,
      sticky: query.sticky,
      order_by: query.orderBy,
      ascending: query.ascending,
      limit: query.limit,
      ...opts.query,
    },
  });
  return adapt(body, (b) => itemsOf(b).map(toService));
}

export interface GetServiceOptions extends RequestOptions {
  /** Also load the related actions from the service group (default true; a failure there leaves `actions` empty). */
  actions?: boolean;
  /** Also load the offices of `user_group_ids` for "Contatti" (default true; a failure leaves `offices` empty). */
  offices?: boolean;
}

/** `GET /api/services/{id}` where id is the uuid or the public identifier (opencity-api.md §3.2). */
export async function getService(client: SdcClient, idOrIdentifier: string, opts: GetServiceOptions = {}): Promise<Service> {
  const { actions = true, offices = true, ...req } = opts;
  const service = adapt(await client.get(`/api/services/${encodeURIComponent(idOrIdentifier)}`, ServiceWire, req), toService);
  // The card still works without the related actions or the offices: those failures are swallowed.
  const extras: Array<Promise<void>> = [];
  if (actions && service.serviceGroupId) {
    extras.push(getServiceActions(client, service, req).then((a) => void (service.actions = a)));
  }
  const officeIds = service.officeIds ?? [];
  if (offices && officeIds.length) {
    extras.push(
      // In the order the service lists them.
      listOffices(client, req).then(
        (all) => void (service.offices = officeIds.map((id) => all.find((o) => o.id === id)).filter((o): o is Office => !!o)),
      ),
    );
  }
  const results = await Promise.allSettled(extras);
  for (const r of results) {
    if (r.status === 'rejected' && (r.reason as { kind?: string }).kind === 'aborted') throw r.reason;
  }
  return service;
}

/**
 * The actions a citizen can take on a service: the other members of its service group, each labelled by
 * the action it performs (opencity-api.md §4.2 — rinnovo, voltura… are separate grouped services).
 */
export async function getServiceActions(
  client: SdcClient,
  service: Pick<Service, 'id' | 'serviceGroupId' | 'action'>,
  opts: RequestOptions = {},
): Promise<ServiceActionLink[]> {
  if (!service.serviceGroupId) return [];
  const members = await listServices(client, { serviceGroupId: service.serviceGroupId }, opts);
  const links: ServiceActionLink[] = [];
  for (const m of members) {
    const action = m.action ?? actionFromText(m.identifier, m.slug, m.name);
    if (!action || m.status === 'cancellato' || m.status === 'privato') continue;
    if (m.id === service.id) continue;
    links.push({ action, serviceId: m.id, identifier: m.identifier, slug: m.slug, name: m.name, status: m.status });
  }
  return links;
}

/** `GET /api/services/{uuid}/form`: the Form.io definition, unchanged (the form engine reads it). */
export async function getServiceForm(
  client: SdcClient,
  serviceId: string,
  opts: RequestOptions = {},
): Promise<{ components: unknown[]; [key: string]: unknown }> {
  return client.get(`/api/services/${encodeURIComponent(serviceId)}/form`, FormWire, opts);
}

/** `GET /api/categories` (the "argomenti"). */
export async function listTopics(client: SdcClient, opts: RequestOptions = {}): Promise<Topic[]> {
  return adapt(await client.get('/api/categories', CategoryListWire, opts), (b) => itemsOf(b).map(toTopic));
}

export async function getTopic(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Topic> {
  return adapt(await client.get(`/api/categories/${encodeURIComponent(id)}`, CategoryWire, opts), toTopic);
}

/** `GET /api/services/facets`: counts per topic/recipient/area for filter UIs. */
export async function getServiceFacets(client: SdcClient, query: ServiceQuery = {}, opts: RequestOptions = {}): Promise<ServiceFacets> {
  const body = await client.get('/api/services/facets', FacetsWire, {
    ...opts,
    query: { q: query.q?.trim() || undefined, topics_id: query.topicId, ...opts.query },
  });
  return adapt(body, toFacets);
}

export async function listServiceGroups(client: SdcClient, opts: RequestOptions = {}): Promise<ServiceGroup[]> {
  return adapt(await client.get('/api/services-groups', ServiceGroupListWire, opts), (b) => itemsOf(b).map(toServiceGroup));
}

export async function getServiceGroup(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<ServiceGroup> {
  return adapt(await client.get(`/api/services-groups/${encodeURIComponent(id)}`, ServiceGroupWire, opts), toServiceGroup);
}

/** `GET /api/user-groups`: the ente's offices (shared by every card on the page via de-duplication). */
export async function listOffices(client: SdcClient, opts: RequestOptions = {}): Promise<Office[]> {
  return adapt(await client.get('/api/user-groups', OfficeListWire, opts), (b) => itemsOf(b).map(toOffice));
}

/**
 * One office. OpenCity lists no `GET /api/user-groups/{id}` (opencity-api.md §3.2 has the list only), so
 * the office is picked from the list, which the client shares with every card on the page.
 */
export async function getOffice(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Office> {
  const office = (await listOffices(client, opts)).find((o) => o.id === id);
  if (!office) throw new SdcError('not-found', { detail: `Office ${id} not found` });
  return office;
}
