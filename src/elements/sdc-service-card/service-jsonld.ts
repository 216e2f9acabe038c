import type { Office, Service } from '../../domain/service.js';
import type { Tenant } from '../../domain/tenant.js';
import { plainText } from '../../ui/plain-text.js';

/**
 * Structured data of the scheda servizio: a schema.org `GovernmentService`, as in the Modello
 * Comuni template (pa-domain.md §5.2, `template-dati-strutturati-scheda-servizio.html`).
 */
export function governmentService(input: {
  service: Service;
  topicName?: string;
  tenant?: Tenant;
  offices: Office[];
  serviceUrl?: string;
  pageUrl?: string;
}): Record<string, unknown> {
  const { service, topicName, tenant, offices, serviceUrl, pageUrl } = input;
  const office = offices[0];
  const address = office ? postalAddress(office) : undefined;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.name,
    description: plainText(service.shortDescription) || undefined,
    serviceType: topicName,
    url: pageUrl,
    serviceOperator: tenant ? { '@type': 'GovernmentOrganization', name: tenant.name, url: tenant.siteUrl } : undefined,
    areaServed: { '@type': 'AdministrativeArea', name: service.geographicAreas[0] ?? tenant?.name },
    audience: service.recipients.length ? { '@type': 'Audience', audienceType: service.recipients.join(', ') } : undefined,
    availableChannel: {
      '@type': 'ServiceChannel',
      name: service.name,
      serviceUrl: serviceUrl,
      availableLanguage: { '@type': 'Language', name: 'Italiano', alternateName: 'it' },
      serviceLocation: office && address
        ? { '@type': 'Place', name: office.name, address }
        : undefined,
    },
  };
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/**
 * The office's location as a schema.org `PostalAddress` in its parts (street and number, CAP, town,
 * province), as search engines and the Modello Comuni structured data read it. Undefined without a location.
 */
export function postalAddress(office: Pick<Office, 'location'>): Record<string, string> | undefined {
  const l = office.location;
  const trim = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  if (!l) return undefined;
  const parts = {
    streetAddress: [trim(l.address), trim(l.buildingNumber)].filter(Boolean).join(' ') || undefined,
    postalCode: trim(l.postalCode),
    addressLocality: trim(l.municipality),
    addressRegion: trim(l.province),
  };
  if (!Object.values(parts).some(Boolean)) return undefined;
  // Offices of an Italian ente: the country is implied by the kit's domain (OpenCity tenants are Italian).
  return JSON.parse(JSON.stringify({ '@type': 'PostalAddress', ...parts, addressCountry: 'IT' })) as Record<string, string>;
}

/**
 * A `<script type="application/ld+json">` node. Built with the DOM, not a template: Lit does not
 * bind inside `<script>`. `<` is escaped so a backend string can never close the script when the
 * page is serialised (the PNRR checker reads `page.content()`).
 */
export function jsonLdScript(data: Record<string, unknown>): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.element = 'metatag';
  script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
  return script;
}
