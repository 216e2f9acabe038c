import {
  accessLevelFromCode,
  actionFromText,
  paymentModeFromCode,
  serviceStatusFromCode,
  type BolloConfig,
  type Office,
  type Service,
  type ServiceFacet,
  type ServiceFacets,
  type ServiceGroup,
  type Topic,
} from '../../domain/service.js';
import type { Attachment } from '../../domain/attachment.js';
import type * as z from 'zod/mini';
import type { CategoryWire, FacetsWire, OfficeWire, ServiceGroupWire, ServiceWire } from '../schemas/services.js';
import { opt, text, toBool, toDate, toNumber } from './common.js';

type PublicFile = NonNullable<ServiceWire['costs_attachments']>[number];

function publicFile(f: PublicFile, i: number): Attachment {
  const name = opt(f.original_name) ?? opt(f.originalName) ?? opt(f.name) ?? `allegato-${i + 1}`;
  return {
    id: f.id !== null && f.id !== undefined ? String(f.id) : `${i}`,
    name: opt(f.name) ?? name,
    originalName: name,
    url: f.url ?? '',
    createdAt: toDate(f.created_at),
  };
}

function names(list: ServiceWire['recipients']): string[] {
  return (list ?? [])
    .map((r) => (typeof r === 'string' ? r : (r.name ?? r.slug ?? '')))
    .filter((s) => s !== '');
}

function topicsOf(w: ServiceWire): Service['topics'] {
  const t = w.topics;
  if (t === null || t === undefined || t === '') return w.topics_id ? [{ id: w.topics_id, slug: '' }] : [];
  const list = Array.isArray(t) ? t : [t];
  return list.map((x, i) =>
    typeof x === 'string'
      ? { id: i === 0 ? opt(w.topics_id) : undefined, slug: x }
      : { id: opt(x.id) ?? (i === 0 ? opt(w.topics_id) : undefined), slug: x.slug ?? '', name: opt(x.name) },
  );
}

function bolloOf(w: ServiceWire): BolloConfig | undefined {
  const p = w.payment_parameters;
  if (!p || Array.isArray(p)) return undefined;
  const stamp = p.stamps?.[0];
  if (stamp) {
    return {
      amount: toNumber(stamp.amount) ?? 16,
      when: stamp.when === 'rilascio' ? 'rilascio' : 'richiesta',
      mode: 'digitale',
      reason: opt(stamp.reason),
    };
  }
  const gateways = Array.isArray(p.gateways) ? p.gateways.map((g) => g.identifier) : Object.keys(p.gateways ?? {});
  if (gateways.includes('bollo')) {
    // The legacy "bollo" gateway: the citizen types the physical stamp's id (pa-domain.md §2.1); 16 € on istanze.
    return { amount: 16, when: 'richiesta', mode: 'fisica' };
  }
  return undefined;
}

function formStep(w: ServiceWire): { formioId?: string; formServerUrl?: string } {
  for (const step of w.flow_steps ?? []) {
    if (step.type !== 'formio' || !step.parameters || Array.isArray(step.parameters)) continue;
    const id = opt(step.parameters.formio_id);
    if (id) return { formioId: id, formServerUrl: opt(step.parameters.url) };
  }
  return {};
}

export function toService(w: ServiceWire): Service {
  const statusCode = toNumber(w.status) ?? 0;
  const accessLevelCode = toNumber(w.access_level) ?? 0;
  const p = w.payment_parameters;
  const slug = opt(w.slug) ?? opt(w.identifier) ?? w.id;
  return {
    id: w.id,
    identifier: opt(w.identifier),
    slug,
    name: w.name,
    shortDescription: text(w.short_description),
    texts: {
      descrizione: text(w.description),
      aChiERivolto: text(w.who),
      comeFare: opt(w.how_to_do) ?? text(w.howto),
      cosaServe: text(w.what_you_need),
      cosaSiOttiene: text(w.what_you_get),
      tempiEScadenze: text(w.times_and_deadlines),
      costi: text(w.costs),
      condizioni: opt(w.conditions) ?? text(w.constraints),
      contatti: text(w.more_info),
      casiParticolari: text(w.special_cases),
      ulterioriInformazioni: text(w.more_info),
      informazioniCompilazione: text(w.compilation_info),
      indicazioniFinali: text(w.final_indications),
    },
    topics: topicsOf(w),
    recipients: names(w.recipients),
    geographicAreas: names(w.geographic_areas),
    status: serviceStatusFromCode(statusCode),
    statusCode,
    statusReason: opt(w.status_reason),
    scheduledFrom: toDate(w.scheduled_from),
    scheduledTo: toDate(w.scheduled_to),
    accessLevel: accessLevelFromCode(accessLevelCode),
    accessLevelCode,
    needsAuth: accessLevelCode > 0,
    loginSuggested: toBool(w.login_suggested),
    paymentMode: paymentModeFromCode(toNumber(w.payment_required)),
    paymentAmount: p && !Array.isArray(p) ? toNumber(p.total_amounts) : undefined,
    bollo: bolloOf(w),
    ...formStep(w),
    bookingUrl: opt(w.booking_call_to_action),
    externalUrl: opt(w.external_card_url),
    costsAttachments: (w.costs_attachments ?? []).map(publicFile),
    conditionsAttachments: (w.conditions_attachments ?? []).map(publicFile),
    allowWithdraw: toBool(w.allow_withdraw),
    allowIntegrationRequest: toBool(w.allow_integration_request),
    allowReopening: toBool(w.allow_reopening),
    protocolRequired: toBool(w.protocol_required),
    maxResponseDays: toNumber(w.max_response_time),
    serviceGroupId: opt(w.service_group_id),
    serviceGroupSlug: opt(w.service_group),
    action: w.service_group_id || w.service_group ? actionFromText(w.identifier, w.slug, w.name) : undefined,
    actions: [],
    officeIds: w.user_group_ids ?? [],
    offices: [],
    sticky: toBool(w.sticky),
    createdAt: toDate(w.created_at),
    updatedAt: toDate(w.updated_at),
  };
}

export function toTopic(w: z.infer<typeof CategoryWire>): Topic {
  return { id: w.id, name: w.name, slug: opt(w.slug) ?? w.id, description: opt(w.description), parentId: opt(w.parent_id) };
}

export function toServiceGroup(w: z.infer<typeof ServiceGroupWire>): ServiceGroup {
  return {
    id: w.id,
    name: w.name,
    slug: opt(w.slug) ?? w.id,
    description: text(w.description),
    shortDescription: text(w.short_description),
    servicesCount: toNumber(w.services_count),
  };
}

function facetList(group: FacetsWire['topics_id']): ServiceFacet[] {
  if (!group || Array.isArray(group)) return [];
  return Object.entries(group).map(([id, v]) => {
    if (typeof v === 'number' || typeof v === 'string') return { id, name: id, count: toNumber(v) ?? 0 };
    return { id: opt(v.id) ?? id, name: opt(v.name) ?? opt(v.label) ?? opt(v.title) ?? id, count: toNumber(v.count) ?? 0 };
  });
}

export function toFacets(w: FacetsWire): ServiceFacets {
  return {
    topics: facetList(w.topics_id),
    recipients: facetList(w.recipient_id),
    geographicAreas: facetList(w.geographic_area_id),
  };
}

export function toOffice(w: OfficeWire): Office {
  const c = w.core_contact_point;
  const l = w.core_location;
  return {
    id: w.id,
    name: w.name,
    description: text(w.description),
    mainFunction: opt(w.main_function),
    moreInfo: opt(w.more_info),
    contact: c ? { name: opt(c.name), email: opt(c.email), pec: opt(c.pec), phone: opt(c.phone_number), url: opt(c.url) } : {},
    location: l
      ? {
          name: opt(l.name),
          address: opt(l.address),
          buildingNumber: opt(l.building_number),
          postalCode: opt(l.postal_code),
          municipality: opt(l.municipality),
          province: opt(l.county),
        }
      : undefined,
    openingHoursText: opt(w.opening_hours_text),
    calendarIds: w.calendar_ids ?? [],
  };
}
