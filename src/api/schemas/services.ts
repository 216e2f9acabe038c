import * as z from 'zod/mini';
import { recordOf } from '../../core/zod-record.js';
import { listOrEnvelope, numberish, optBoolish, optNumberish, optString } from './common.js';
import { PublicFileWire } from './files.js';

const NamedRef = z.union([z.string(), z.object({ id: optString, name: optString, slug: optString })]);

const FlowStepWire = z.object({
  identifier: optString,
  title: optString,
  type: optString,
  description: optString,
  guide: optString,
  // PHP serialises an empty map as [].
  parameters: z.nullish(
    z.union([z.object({ formio_id: optString, url: optString }), z.array(z.unknown())]),
  ),
});

const StampWire = z.object({
  amount: numberish,
  reason: optString,
  collection_data: optString,
  /** sdc-widgets extension (documented in src/api/README.md): `richiesta` | `rilascio`. */
  when: optString,
});

const PaymentParametersWire = z.union([
  z.array(z.unknown()),
  z.object({
    total_amounts: optNumberish,
    gateways: z.nullish(
      z.union([z.array(z.object({ identifier: z.string() })), recordOf(z.unknown())]),
    ),
    stamps: z.nullish(z.array(StampWire)),
  }),
]);

/** `GET /api/services/{id}` (opencity-api.md §4.1). */
export const ServiceWire = z.object({
  id: z.string(),
  identifier: optString,
  name: z.string(),
  slug: optString,
  tenant: optString,
  topics: z.nullish(z.union([NamedRef, z.array(NamedRef)])),
  topics_id: optString,
  service_group: optString,
  service_group_id: optString,
  description: optString,
  short_description: optString,
  howto: optString,
  how_to_do: optString,
  what_you_need: optString,
  what_you_get: optString,
  costs: optString,
  who: optString,
  special_cases: optString,
  more_info: optString,
  constraints: optString,
  times_and_deadlines: optString,
  conditions: optString,
  compilation_info: optString,
  final_indications: optString,
  booking_call_to_action: optString,
  external_card_url: optString,
  costs_attachments: z.nullish(z.array(PublicFileWire)),
  conditions_attachments: z.nullish(z.array(PublicFileWire)),
  recipients: z.nullish(z.array(NamedRef)),
  geographic_areas: z.nullish(z.array(NamedRef)),
  flow_steps: z.nullish(z.array(FlowStepWire)),
  workflow: optNumberish,
  response_type: optString,
  allow_reopening: optBoolish,
  allow_withdraw: optBoolish,
  allow_integration_request: optBoolish,
  max_response_time: optNumberish,
  protocol_required: optBoolish,
  payment_required: optNumberish,
  payment_parameters: z.nullish(PaymentParametersWire),
  status: numberish,
  /** sdc-widgets extension: why a service is suspended/scheduled (not in OpenCity 2.13). */
  status_reason: optString,
  scheduled_from: optString,
  scheduled_to: optString,
  sticky: optBoolish,
  user_group_ids: z.nullish(z.array(z.string())),
  access_level: optNumberish,
  login_suggested: optBoolish,
  created_at: optString,
  updated_at: optString,
});
export type ServiceWire = z.infer<typeof ServiceWire>;

export const ServiceListWire = listOrEnvelope(ServiceWire);

/** `GET /api/categories` (opencity-api.md §4.1). */
export const CategoryWire = z.object({
  id: z.string(),
  name: z.string(),
  slug: optString,
  description: optString,
  parent_id: optString,
});
export const CategoryListWire = listOrEnvelope(CategoryWire);

const FacetValue = z.union([
  numberish,
  z.object({ count: optNumberish, name: optString, label: optString, title: optString, id: optString }),
]);
const FacetGroup = z.nullish(z.union([recordOf(FacetValue), z.array(z.unknown())]));
/** `GET /api/services/facets`: `{topics_id: {...}, recipient_id: {...}, geographic_area_id: {...}}`. */
export const FacetsWire = z.object({
  topics_id: FacetGroup,
  recipient_id: FacetGroup,
  geographic_area_id: FacetGroup,
});
export type FacetsWire = z.infer<typeof FacetsWire>;

/** `GET /api/services-groups` (opencity-api.md §4.1). */
export const ServiceGroupWire = z.object({
  id: z.string(),
  name: z.string(),
  slug: optString,
  description: optString,
  short_description: optString,
  services_count: optNumberish,
});
export const ServiceGroupListWire = listOrEnvelope(ServiceGroupWire);

/** A Form.io form definition: only what the kit relies on is checked, the rest passes through. */
export const FormWire = z.looseObject({
  components: z.array(z.unknown()),
  display: optString,
  title: optString,
  _id: optString,
});

/** `GET /api/user-groups` (offices; 3.x shape with contact point and location). */
export const OfficeWire = z.object({
  id: z.string(),
  name: z.string(),
  description: optString,
  main_function: optString,
  more_info: optString,
  core_contact_point: z.nullish(
    z.object({ name: optString, email: optString, pec: optString, phone_number: optString, url: optString }),
  ),
  core_location: z.nullish(
    z.object({ name: optString, address: optString, building_number: optString, postal_code: optString, municipality: optString, county: optString }),
  ),
  opening_hours_text: optString,
  calendar_ids: z.nullish(z.array(z.string())),
});
export type OfficeWire = z.infer<typeof OfficeWire>;
export const OfficeListWire = listOrEnvelope(OfficeWire);
