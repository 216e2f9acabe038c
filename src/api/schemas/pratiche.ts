import * as z from 'zod/mini';
import { anyRecord, envelope, numberish, optNumberish, optString } from './common.js';
import { FileWire } from './files.js';

const LinkWire = z.object({ action: z.string(), description: optString, url: optString });

/** `GET /api/applications/{id}` (opencity-api.md §4.3). `status` is a digit string; v1 data is flat. */
export const ApplicationWire = z.object({
  id: z.string(),
  user: optString,
  user_name: optString,
  tenant: optString,
  service: optString,
  service_id: optString,
  service_name: optString,
  service_group_name: optString,
  subject: optString,
  data: z.nullish(z.union([anyRecord, z.array(z.unknown())])),
  compiled_modules: z.nullish(z.array(FileWire)),
  attachments: z.nullish(z.array(FileWire)),
  creation_time: optNumberish,
  created_at: optString,
  submission_time: optNumberish,
  submitted_at: optString,
  latest_status_change_time: optNumberish,
  latest_status_change_at: optString,
  protocol_number: z.nullish(z.union([z.string(), z.number()])),
  protocolled_at: optString,
  protocol_time: optNumberish,
  outcome: z.nullish(z.union([z.boolean(), z.number()])),
  outcome_motivation: optString,
  outcome_file: z.nullish(z.union([FileWire, z.array(z.unknown())])),
  outcome_attachments: z.nullish(z.array(FileWire)),
  payment_type: optString,
  payment_data: z.nullish(z.union([anyRecord, z.array(z.unknown())])),
  status: numberish,
  status_name: optString,
  links: z.nullish(z.array(LinkWire)),
  meetings: z.nullish(z.array(z.union([z.string(), z.object({ id: z.string() })]))),
  // `{outbound, inbound}` file objects (§4.3); checked item by item in the adapter so an odd entry never hides the pratica.
  integrations: z.nullish(z.array(z.unknown())),
  user_compilation_notes: optString,
  authentication: z.nullish(z.union([z.object({ authentication_method: optString }), z.array(z.unknown())])),
});
export type ApplicationWire = z.infer<typeof ApplicationWire>;

/** The list: a `{meta, links, data}` envelope (opencity-api.md §7.1); a bare array is accepted too. */
export const ApplicationListWire = z.union([envelope(ApplicationWire), z.array(ApplicationWire)]);

/** `/history` entry (opencity-api.md §4.4): integer `status_code` here. */
export const TransitionWire = z.object({
  status_code: numberish,
  status_name: optString,
  message: optString,
  message_id: optString,
  date: z.string(),
  user: z.unknown(),
});
export const HistoryWire = z.array(TransitionWire);

