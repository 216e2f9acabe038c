/** `GET /api/tenants/info` (opencity-api.md §4.9). */
export interface Tenant {
  id: string;
  name: string;
  /** 3.x only. */
  slug?: string;
  mechanographicCode?: string;
  administrativeCode?: string;
  siteUrl?: string;
  ioEnabled: boolean;
  /** Payment gateway identifiers (`mypay`, `bollo`, …). */
  gateways: string[];
  backofficeIntegrations: string[];
  linkableApplicationMeetings: boolean;
  /** Theme/logo settings from `meta[0]` (a JSON string on the wire), when parseable. */
  meta?: Record<string, unknown>;
}
