import { html, nothing, type TemplateResult } from 'lit';
import type { Service } from '../../domain/service.js';
import type { Locale } from '../../i18n/locale.js';
import { formatAmount } from '../../i18n/format.js';
import { cardMessages as t } from './sdc-service-card.messages.js';

/** Whether the "Quanto costa" section has anything to say. */
export function hasCosts(service: Service): boolean {
  return Boolean(service.texts.costi.trim()) || service.paymentMode !== 'none' || service.bollo !== undefined || service.costsAttachments.length > 0;
}

/**
 * The structured part of "Quanto costa": what is paid (imposta di bollo, diritti di segreteria and
 * costs of the service) and when (at submission or after the office's review), from the service's
 * payment configuration (opencity-api.md §4.1 `payment_required`, `payment_parameters`). Public
 * OpenCity output often empties `payment_parameters`, so amounts appear only when the backend gives them;
 * the ente's own text (`costs`) is always shown above this list.
 */
export function renderCostSummary(locale: Locale, service: Service): TemplateResult | typeof nothing {
  const rows: TemplateResult[] = [];
  const { bollo } = service;
  if (bollo) {
    rows.push(html`<div class="sdc-costs__row">
      <dt>${t(locale, 'costsBollo')}</dt>
      <dd><strong>${formatAmount(bollo.amount, locale)}</strong>, ${t(locale, bollo.when === 'rilascio' ? 'costsBolloIssue' : 'costsBolloRequest')}.
        ${bollo.when === 'richiesta' ? t(locale, bollo.mode === 'fisica' ? 'costsBolloPhysical' : 'costsBolloDigital') : nothing}
        ${bollo.reason ? html`<span class="sdc-costs__note">${bollo.reason}</span>` : nothing}</dd>
    </div>`);
  }
  if (service.paymentMode !== 'none' && service.paymentAmount !== undefined && service.paymentAmount > 0) {
    rows.push(html`<div class="sdc-costs__row">
      <dt>${t(locale, 'costsFees')}</dt>
      <dd><strong>${formatAmount(service.paymentAmount, locale)}</strong></dd>
    </div>`);
  }
  if (service.paymentMode !== 'none') {
    rows.push(html`<div class="sdc-costs__row">
      <dt>${t(locale, 'costsWhen')}</dt>
      <dd>${t(locale, service.paymentMode === 'immediate' ? 'costsImmediate' : 'costsDeferred')}</dd>
    </div>`);
  }
  if (rows.length === 0) {
    return service.texts.costi.trim() ? nothing : html`<p>${t(locale, 'costsFree')}</p>`;
  }
  return html`<dl class="sdc-costs">${rows}</dl>`;
}
