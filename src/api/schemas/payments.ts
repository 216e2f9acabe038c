import * as z from 'zod/mini';
import { recordOf } from '../../core/zod-record.js';
import { listOrEnvelope, optNumberish, optString } from './common.js';

const LinkWire = z.nullish(z.object({ url: optString, method: optString, last_opened_at: optString }));

const PaymentLinksWire = z.nullish(
  z.union([
    z.object({
      online_payment_begin: LinkWire,
      online_payment_landing: LinkWire,
      offline_payment: LinkWire,
      receipt: LinkWire,
    }),
    z.array(z.unknown()),
  ]),
);

const ReceiverWire = z.nullish(z.object({ tax_identification_number: optString, name: optString }));

const SplitWire = z.object({
  code: optString,
  amount: optNumberish,
  meta: z.nullish(z.union([recordOf(z.unknown()), z.array(z.unknown())])),
});

const ItemWire = z.object({
  type: optString,
  amount: optNumberish,
  reason: optString,
  description: optString,
  notice_code: optString,
  iuv: optString,
  receiver: ReceiverWire,
});

const PartyWire = z.nullish(
  z.object({ tax_identification_number: optString, name: optString, family_name: optString, email: optString }),
);

/** Payment object from the payment proxy, as listed by `GET /api/payments` (opencity-api.md §4.6 C, v1/v2/v3). */
export const PaymentWire = z.object({
  id: z.string(),
  user_id: optString,
  type: optString,
  service_id: optString,
  remote_id: optString,
  status: z.string(),
  reason: optString,
  created_at: optString,
  updated_at: optString,
  payment: z.object({
    amount: optNumberish,
    total_amount: optNumberish,
    currency: optString,
    notice_code: optString,
    iuv: optString,
    iud: optString,
    paid_at: optString,
    expire_at: optString,
    receiver: ReceiverWire,
    split: z.nullish(z.array(SplitWire)),
    items: z.nullish(z.array(ItemWire)),
  }),
  links: PaymentLinksWire,
  payer: PartyWire,
  debtor: PartyWire,
});
export type PaymentWire = z.infer<typeof PaymentWire>;
export const PaymentListWire = listOrEnvelope(PaymentWire);

/** `GET /api/applications/{id}/payment` (opencity-api.md §4.6 B). */
export const PaymentSummaryWire = z.object({
  id: z.string(),
  reason: optString,
  status: z.string(),
  created_at: optString,
  updated_at: optString,
  links: PaymentLinksWire,
});
export type PaymentSummaryWire = z.infer<typeof PaymentSummaryWire>;

