import { officeAddress, type Office, type Service } from '../../domain/service.js';
import type { Tenant } from '../../domain/tenant.js';
import { plainText } from '../../ui/sanitize.js';

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
  const address = office ? officeAddress(office) : undefined;
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
        ? { '@type': 'Place', name: office.name, address: { '@type': 'PostalAddress', streetAddress: address } }
        : undefined,
    },
  };
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
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
