import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryRow, SummarySection } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { lateStepsMessages as t } from './late-steps.messages.js';

export interface RiepilogoOptions {
  locale: Locale;
  sections: SummarySection[];
  /** "Modifica" on a row: open the step on that field, then come back here. */
  onEdit: (path: string, stepKey: string) => void;
}

/** Splits a section's rows at heading rows ("Figlio 2", a nested form's title) into titled blocks. */
function blocks(rows: SummaryRow[]): Array<{ heading?: SummaryRow; rows: SummaryRow[] }> {
  const out: Array<{ heading?: SummaryRow; rows: SummaryRow[] }> = [{ rows: [] }];
  for (const r of rows) {
    if (r.kind === 'heading') out.push({ heading: r, rows: [] });
    else out[out.length - 1]!.rows.push(r);
  }
  return out.filter((b) => b.heading || b.rows.length);
}

/**
 * The Riepilogo (C.SE.1.4: a textual summary on one screen before the final confirmation; GOV.UK
 * "Check answers"): one section per visible step, a summary list per group, and a "Modifica" link
 * on every row whose hidden text names the answer it changes.
 */
export function renderRiepilogo(o: RiepilogoOptions): TemplateResult {
  const { locale } = o;
  return html`<div class="riepilogo">
    <div class="callout callout--info"><p>${t(locale, 'summaryIntro')}</p></div>
    ${o.sections.filter((s) => s.rows.some((r) => r.kind === "value")).map((s) => html`<section class="summary-section" aria-labelledby="sum-${s.stepKey}">
      <h3 id="sum-${s.stepKey}" class="summary-section__title">${s.title}</h3>
      ${blocks(s.rows).map((b) => html`
        ${b.heading ? html`<h4 class="summary-section__sub" style="--depth:${b.heading.depth}">${b.heading.label}</h4>` : nothing}
        ${b.rows.length
          ? html`<dl class="summary-list">
              ${b.rows.map((r) => html`<div class="summary-list__row">
                <dt class="summary-list__key">${r.label}</dt>
                <dd class="summary-list__value">
                  ${r.value ? html`<span class="summary-list__text">${r.value}</span>` : html`<span class="summary-list__empty">${t(locale, 'notProvided')}</span>`}
                  ${r.locked ? html`<span class="summary-list__note">${t(locale, 'prefilled')}</span>` : nothing}
                </dd>
                <dd class="summary-list__actions">
                  ${r.locked
                    ? nothing
                    : html`<a href="#" class="summary-list__edit" @click=${(e: Event) => {
                        e.preventDefault();
                        o.onEdit(r.path, s.stepKey);
                      }}>${t(locale, 'edit')}<span class="visually-hidden"> ${r.label}</span></a>`}
                </dd>
              </div>`)}
            </dl>`
          : nothing}
      `)}
    </section>`)}
  </div>`;
}
