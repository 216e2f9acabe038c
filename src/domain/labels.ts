/**
 * The one catalogue of the names of the domain's enumerations (Italian first, English on request):
 * every element that shows a pratica, payment, meeting or service status takes its words from here, so
 * the same fact reads the same in the list, the detail, "Iter della pratica" and the payments.
 * Pratica labels are OpenCity's own (`pratica.dettaglio.stato_*`, opencity-api.md §5.1); the group
 * labels name the list filter's categories (pa-domain.md §6.2) with the same words.
 */
import { codes, groups, payments, meetings, actions, services } from './labels.messages.js';
import type { Locale } from '../i18n/locale.js';
import type { PraticaStatusGroup } from './pratica.js';
import type { PaymentStatus } from './payment.js';
import type { MeetingStatus } from './meeting.js';
import type { ServiceAction, ServiceStatus } from './service.js';

/** OpenCity's label of a status code; unknown codes get their group's label. */
export function praticaStatusLabel(code: number, locale: Locale = 'it', group?: PraticaStatusGroup): string {
  const key = String(code);
  const label = codes(locale, key as never);
  return label === key && group ? groups(locale, group) : label;
}
export const praticaGroupLabel = (group: PraticaStatusGroup, locale: Locale = 'it'): string => groups(locale, group);
export const paymentStatusLabel = (status: PaymentStatus, locale: Locale = 'it'): string => payments(locale, status);
export const meetingStatusLabel = (status: MeetingStatus, locale: Locale = 'it'): string => meetings(locale, status);
export const serviceActionLabel = (action: ServiceAction, locale: Locale = 'it'): string => actions(locale, action);
export const serviceStatusLabel = (status: ServiceStatus, locale: Locale = 'it'): string => services(locale, status);
