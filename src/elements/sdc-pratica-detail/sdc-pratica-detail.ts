import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderLoading, renderError, renderLogin, renderEmpty, stateStyles } from '../../ui/states.js';
import { statusTag, statusTagStyles } from '../../ui/status-tag.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { saveBlob } from '../../core/save-blob.js';
import { formatDate, formatDateTime, formatTime, formatLongDate, withTimeZoneNote } from '../../i18n/format.js';
import { getPratica, getPraticaHistory, withdrawPratica } from '../../api/applications.js';
import { getService } from '../../api/services.js';
import { loadPraticaForm, type ServiceForm } from '../../api/forms.js';
import { listMeetings } from '../../api/meetings.js';
import { getCalendar } from '../../api/calendars.js';
import { attachmentName, type Attachment } from '../../domain/attachment.js';
import { isFinalStatus, type Pratica, type StatusChange } from '../../domain/pratica.js';
import type { Service } from '../../domain/service.js';
import { meetingStatusTone, type Meeting, type Calendar } from '../../domain/meeting.js';
import { meetingStatusLabel, praticaStatusLabel } from '../../domain/labels.js';
import { messages as t } from './sdc-pratica-detail.messages.js';
import { detailStyles } from './sdc-pratica-detail.styles.js';
import { actionUrl, DEFAULT_WIZARD_URL, praticaReference, praticaTone, resumeUrl } from '../../ui/pratica-links.js';
import { requireCitizen, needsLogin, errorText } from '../../controllers/session-gate.js';
import type { Riepilogo } from './riepilogo-engine.js';
import { LazyElements } from '../../controllers/lazy-elements.js';
import { IntegrationAnswer, integrationStyles } from './integration-answer.js';
import { download } from '../../api/download.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen withdrew the pratica (status 20000). */
    'sdc-pratica-withdrawn': { pratica: Pratica };
  }
}

/** Sections a link can open the detail at (`section` / `?sezione=`). */
export type DetailSection = 'riepilogo' | 'documenti' | 'iter' | 'messaggi' | 'pagamenti' | 'appuntamenti';

interface MeetingView {
  meeting: Meeting;
  calendar?: Calendar;
}

const PAYMENT_CODES = new Set([1500, 1510, 1520, 1530]);
const WITHDRAWABLE = new Set([1900, 2000, 3000, 4000, 4100, 4200, 4400]);

/**
 * Messages and payments are delegated to `<sdc-message-thread>` and `<sdc-payment-panel>` when the
 * page has them; otherwise those sections say they are not available.
 *
 * @tag sdc-pratica-detail
 * @summary One pratica: status and key dates, Riepilogo of the submitted data, documents (downloaded with
 * the citizen's token), "Iter della pratica", messages, payments, appointments, and the actions allowed
 * now (complete the draft, withdraw, service actions such as rinnovo or voltura).
 *
 * @event sdc-pratica-withdrawn - The pratica was withdrawn; `detail.pratica` is the updated pratica.
 * @csspart status - The status tag.
 * @cssprop --sdc-color-primary - Links, buttons, the timeline.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
 * @cssprop --sdc-color-success - Success accents (borders, icons).
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - Errors: borders, icons, invalid fields.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-warning - Warning accents.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-font-family - All text.
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-space - Spacing unit.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
 */
export class SdcPraticaDetail extends SdcElement {
  static override styles = [tokens, base, controls, stateStyles, statusTagStyles, alertStyles, detailStyles, integrationStyles];

  readonly api = new ApiController(this);

  /** How the messages and the payment, public elements of their own, are imported when shown (define.ts). */
  static parts: Partial<Record<'sdc-message-thread' | 'sdc-payment-panel', () => Promise<unknown>>> = {};
  readonly #parts = new LazyElements(this, SdcPraticaDetail.parts);
  /** The answer to a "Richiesta integrazioni" (4100/4200), at the top of the pratica. */
  readonly #integration = new IntegrationAnswer(this, {
    client: () => this.api.client,
    onDone: (_p, message) => {
      this.notice = message;
      this.reload++;
      if (message) void this.updateComplete.then(() => this.noticeEl?.focus());
    },
  });

  /** The pratica (application) uuid. */
  @property({ attribute: 'pratica-id' }) praticaId?: string;
  /** Wizard URL template: `{service}`, `{pratica}`; service actions append `action` and `ref`. */
  @property({ attribute: 'wizard-url' }) wizardUrl = DEFAULT_WIZARD_URL;
  /** "Torna alle pratiche" link; none when empty. */
  @property({ attribute: 'back-url' }) backUrl = '';
  /** Section to bring into view once loaded (`pagamenti`, `messaggi`…). */
  @property() section?: DetailSection | string;

  @state() private reload = 0;
  @state() private downloads: Record<string, { busy?: boolean; error?: string; done?: boolean }> = {};
  @state() private withdrawState: 'idle' | 'busy' | 'error' = 'idle';
  @state() private withdrawError = '';
  @state() private notice = '';

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.notice') private noticeEl?: HTMLElement;
  #sectionShown?: string;
  #focusTitle = false;
  #opener?: HTMLElement;

  private readonly pratica = new Task(this, {
    task: async ([client, id], { signal }) => {
      const c = await requireCitizen(client, signal);
      if (!id) throw new SdcError('not-found', { detail: 'missing pratica-id' });
      return getPratica(c, id, { signal, dedupe: false });
    },
    args: () => [this.api.client, this.praticaId, this.reload] as const,
  });

  private readonly history = new Task(this, {
    task: async ([client, id], { signal }) => {
      const c = await requireCitizen(client, signal);
      return id ? getPraticaHistory(c, id, { signal, dedupe: false }) : [];
    },
    args: () => [this.api.client, this.praticaId, this.reload] as const,
  });

  private readonly service = new Task(this, {
    task: async ([client, serviceId], { signal }): Promise<Service | undefined> => {
      if (!client || !serviceId) return undefined;
      return getService(client, serviceId, { signal });
    },
    args: () => [this.api.client, this.pratica.value?.serviceId || this.pratica.value?.serviceSlug] as const,
  });

  private readonly riepilogo = new Task(this, {
    task: async ([client, pratica, locale], { signal }): Promise<Riepilogo | undefined> => {
      if (!client || !pratica) return undefined;
      // The form engine labels the answers: fetched with the form, not with the page.
      const engine = import('./riepilogo-engine.js');
      let form: ServiceForm | undefined;
      try {
        if (pratica.serviceId) form = await loadPraticaForm(client, pratica.serviceId, { signal, formServerUrl: this.config?.formServerUrl });
      } catch (e) {
        if (e instanceof SdcError && e.kind === 'aborted') throw e;
        // No form (404, proxy down): the data are still shown, labelled from their keys.
      }
      const { buildRiepilogo } = await engine;
      return buildRiepilogo(form, pratica.data, locale, { yes: t(locale, 'yes'), no: t(locale, 'no'), section: t(locale, 'section') });
    },
    args: () => [this.api.client, this.pratica.value, this.resolvedLocale] as const,
  });

  private readonly meetings = new Task(this, {
    task: async ([client, pratica], { signal }): Promise<MeetingView[]> => {
      if (!client || !pratica) return [];
      const all = await listMeetings(client, {}, { signal });
      const linked = all.filter((m) => m.praticaId === pratica.id || pratica.meetingIds.includes(m.id));
      const calendars = new Map<string, Promise<Calendar | undefined>>();
      const calendarOf = (id: string): Promise<Calendar | undefined> => {
        if (!calendars.has(id)) calendars.set(id, getCalendar(client, id, { signal }).catch(() => undefined));
        return calendars.get(id)!;
      };
      return Promise.all(linked.map(async (meeting) => ({ meeting, calendar: await calendarOf(meeting.calendarId) })));
    },
    args: () => [this.api.client, this.pratica.value] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The thread and panel elements may be registered after this one (lazy chunks): re-render then.
    for (const tag of ['sdc-message-thread', 'sdc-payment-panel']) {
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('praticaId')) {
      this.notice = '';
      this.downloads = {};
      this.#sectionShown = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusTitle) {
      const target = this.renderRoot.querySelector<HTMLElement>('#detail-title, .sdc-state--error, .sdc-state--login');
      if (target) {
        this.#focusTitle = false;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }
    const key = `${this.praticaId}:${this.section}`;
    if (this.section && this.pratica.value && this.#sectionShown !== key) {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#sec-${this.section}`);
      if (heading) {
        this.#sectionShown = key;
        heading.scrollIntoView?.({ block: 'start' });
        heading.focus({ preventScroll: true });
      }
    }
  }

  /** Moves focus to the pratica title as soon as it is shown (after in-page navigation to this view). */
  focusTitle(): void {
    this.#focusTitle = true;
    this.requestUpdate();
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    if (st === 'anonymous' || st === 'expired') return renderLogin(locale, this.api.loginUrl());
    return html`${this.backUrl ? html`<a class="back" href=${this.backUrl}><span aria-hidden="true">‹</span> ${t(locale, 'back')}</a>` : nothing}
      ${this.pratica.render({
        initial: () => renderLoading(locale, 8),
        pending: () => (this.pratica.value && this.pratica.value.id === this.praticaId ? this.#renderPratica(this.pratica.value) : renderLoading(locale, 8)),
        error: (e) => {
          if (needsLogin(e)) return renderLogin(locale, this.api.loginUrl());
          if (!this.praticaId) return renderEmpty(t(locale, 'missingId'));
          const notFound = e instanceof SdcError && (e.kind === 'not-found' || e.kind === 'forbidden');
          return renderError(locale, errorText(e, locale), notFound ? undefined : () => void this.pratica.run(), notFound ? t(locale, 'notFound') : undefined);
        },
        complete: (p) => this.#renderPratica(p),
      })}`;
  }

  #renderPratica(p: Pratica) {
    const locale = this.resolvedLocale;
    const ref = praticaReference(p);
    const number = ref.value;
    const label = praticaStatusLabel(p.statusCode, locale, p.statusGroup);
    const service = this.service.value;
    const hasPayment = !!p.paymentType || p.paymentData !== undefined || PAYMENT_CODES.has(p.statusCode);
    return html`
      <div class="head">
        <p class="head__kicker">${t(locale, ref.kind)} ${number}</p>
        <h2 tabindex="-1" id="detail-title">${p.serviceName}</h2>
        <p>${statusTag(label, praticaTone(p))}</p>
      </div>
      <div class="notice" tabindex="-1">${this.notice ? renderAlert('success', this.notice) : nothing}</div>
      ${this.#renderNotices(p)}
      <dl class="facts">
        <div><dt>${t(locale, 'status')}</dt><dd>${label}</dd></div>
        <div><dt>${t(locale, ref.kind)}</dt><dd>${number}</dd></div>
        ${p.submittedAt
          ? html`<div><dt>${t(locale, 'submittedAt')}</dt><dd>${formatDate(p.submittedAt, locale)}</dd></div>`
          : html`<div><dt>${t(locale, 'createdAt')}</dt><dd>${formatDate(p.createdAt, locale)}</dd></div>`}
        ${this.#takenAt() ? html`<div><dt>${t(locale, 'takenAt')}</dt><dd>${formatDate(this.#takenAt(), locale)}</dd></div>` : nothing}
        ${p.updatedAt ? html`<div><dt>${t(locale, 'updatedAt')}</dt><dd>${withTimeZoneNote(formatDateTime(p.updatedAt, locale), p.updatedAt, locale)}</dd></div>` : nothing}
        ${this.#expected(p, service) ? html`<div><dt>${t(locale, 'expectedAt')}</dt><dd>${formatDate(this.#expected(p, service), locale)}</dd></div>` : nothing}
      </dl>
      ${this.#renderActions(p, service)}
      ${this.#renderRiepilogo()}
      ${this.#renderDocuments(p)}
      ${this.#renderIter()}
      ${this.#renderDelegated('messaggi', t(locale, 'messages'), 'sdc-message-thread', p)}
      ${hasPayment ? this.#renderDelegated('pagamenti', t(locale, 'payments'), 'sdc-payment-panel', p) : nothing}
      ${this.#renderMeetings()}
      ${this.#renderWithdrawDialog(p, number)}
    `;
  }

  #renderNotices(p: Pratica) {
    const locale = this.resolvedLocale;
    if (p.statusCode === 1000) return renderAlert('info', t(locale, 'draftNotice'));
    if (p.statusGroup === 'richiesta-integrazione') return this.#integration.render(p);
    if (p.statusCode === 1500 || p.statusCode === 1530) return renderAlert('warning', t(locale, 'paymentNotice'));
    if (p.outcome !== undefined && isFinalStatus(p.statusCode)) {
      return renderAlert(
        p.outcome ? 'success' : 'danger',
        p.outcomeMotivation ? html`<p><strong>${t(locale, 'outcomeMotivation')}:</strong> ${p.outcomeMotivation}</p>` : '',
        t(locale, p.outcome ? 'outcomeAccepted' : 'outcomeRejected'),
      );
    }
    return nothing;
  }

  /** First time the pratica was taken in charge (C.SE.1.10 asks for this date). */
  #takenAt(): Date | undefined {
    return this.history.value?.find((h) => h.statusCode === 4000)?.date;
  }

  /** Submission + the service's maximum response time, while the pratica is still open. */
  #expected(p: Pratica, service: Service | undefined): Date | undefined {
    if (!service?.maxResponseDays || !p.submittedAt || isFinalStatus(p.statusCode)) return undefined;
    return new Date(p.submittedAt.getTime() + service.maxResponseDays * 86_400_000);
  }

  #renderActions(p: Pratica, service: Service | undefined) {
    const locale = this.resolvedLocale;
    // `links` also offers withdraw on concluded pratiche (opencity-api.md §5.1 TRANSITIONS_MAPPING), but the
    // citizen may only withdraw while the pratica is open (PraticaStatusService, pa-domain.md §6.1).
    const canWithdraw = p.allowedActions.includes('withdraw') && WITHDRAWABLE.has(p.statusCode) && service?.allowWithdraw !== false;
    const serviceActions = p.statusGroup === 'accettata' ? (service?.actions ?? []).filter((a) => a.status === 'attivo') : [];
    if (p.statusCode !== 1000 && !canWithdraw && serviceActions.length === 0) return nothing;
    return html`<section aria-labelledby="sec-azioni">
      <h3 id="sec-azioni" class="visually-hidden">${t(locale, 'actions')}</h3>
      ${p.statusCode === 1000 || canWithdraw ? html`<div class="actions">
        ${p.statusCode === 1000 ? html`<a class="btn" href=${resumeUrl(this.wizardUrl, p)} data-action="resume">${t(locale, 'resume')}</a>` : nothing}
        ${canWithdraw
          ? html`<button type="button" class="btn btn-outline" data-action="withdraw" aria-haspopup="dialog" @click=${(e: Event) => this.#openWithdraw(e)}>${t(locale, 'withdraw')}</button>`
          : nothing}
      </div>` : nothing}
      ${serviceActions.length
        ? html`<h4>${t(locale, 'serviceActions')}</h4>
          <ul class="service-actions">
            ${serviceActions.map((a) => {
              const text = t(locale, `action_${a.action}` as Parameters<typeof t>[1]);
              return html`<li><a class="btn btn-outline btn-sm" data-action=${a.action} href=${actionUrl(this.wizardUrl, a.serviceId, a.action, p.id)}
                aria-label=${t(locale, 'actionLabel', { action: text, service: a.name })}>${text}</a></li>`;
            })}
          </ul>`
        : nothing}
    </section>`;
  }

  #section(key: DetailSection, title: string, body: unknown): TemplateResult {
    return html`<section aria-labelledby="sec-${key}" data-section=${key}>
      <h3 id="sec-${key}" tabindex="-1">${title}</h3>
      ${body}
    </section>`;
  }

  #renderRiepilogo() {
    const locale = this.resolvedLocale;
    const body = this.riepilogo.render({
      initial: () => renderLoading(locale, 4),
      pending: () => renderLoading(locale, 4),
      error: (e) => renderError(locale, errorText(e, locale), () => void this.riepilogo.run()),
      complete: (r) => {
        if (!r || r.sections.length === 0) return html`<p>${t(locale, 'summaryEmpty')}</p>`;
        return html`${r.source === 'data' ? html`<p class="unavailable">${t(locale, 'summaryFallback')}</p>` : html`<p>${t(locale, 'summaryIntro')}</p>`}
          ${r.sections.map((s) => html`<div class="summary-section">
            ${r.sections.length > 1 || s.title ? html`<h4>${s.title}</h4>` : nothing}
            <dl class="summary">
              ${s.rows.map((row) =>
                row.kind === 'heading'
                  ? html`<div class="row heading" data-depth=${row.depth}><dt>${row.label}</dt><dd></dd></div>`
                  : html`<div class="row" data-depth=${row.depth}><dt>${row.label}</dt><dd>${row.value}</dd></div>`,
              )}
            </dl>
          </div>`)}`;
      },
    });
    return this.#section('riepilogo', t(locale, 'summary'), body);
  }

  #renderDocuments(p: Pratica) {
    const locale = this.resolvedLocale;
    const files: Array<{ file: Attachment; label?: string }> = [
      ...p.compiledModules.map((file) => ({ file, label: t(locale, 'compiledModule') })),
      ...(p.outcomeFile ? [{ file: p.outcomeFile, label: t(locale, 'outcomeFile') }] : []),
      ...p.outcomeAttachments.map((file) => ({ file, label: t(locale, 'outcomeFile') })),
      ...p.attachments.map((file) => ({ file, label: file.description })),
      ...attachmentsInData(p.data).filter((f) => !p.attachments.some((a) => a.id === f.id)).map((file) => ({ file, label: file.description })),
    ].filter((f) => f.file.url);
    const body = files.length
      ? html`<ul class="files">${files.map(({ file, label }) => this.#renderFile(file, label))}</ul>`
      : html`<p>${t(locale, 'documentsEmpty')}</p>`;
    return this.#section('documenti', t(locale, 'documents'), body);
  }

  #renderFile(file: Attachment, label?: string) {
    const locale = this.resolvedLocale;
    const name = attachmentName(file);
    const st = this.downloads[file.id] ?? {};
    return html`<li class="file">
      <span class="file__name">${name}${label && label !== name ? html`<span class="file__desc">${label}</span>` : nothing}</span>
      <button type="button" class="btn btn-outline btn-sm" data-download=${file.id} ?disabled=${st.busy}
        aria-label=${t(locale, 'downloadLabel', { name })} @click=${() => void this.#download(file)}>
        ${st.busy ? t(locale, 'downloading') : t(locale, 'download')}
      </button>
      <span class="file__error" role=${st.error ? 'alert' : 'status'}>${st.error
        ? renderAlert('danger', st.error)
        : st.done ? html`<span class="visually-hidden">${t(locale, 'downloaded', { name })}</span>` : nothing}</span>
    </li>`;
  }

  /** Attachments need the Bearer token (opencity-api.md §3.3): fetch with it, then save the Blob. */
  async #download(file: Attachment): Promise<void> {
    const client = this.api.client;
    const locale = this.resolvedLocale;
    const name = attachmentName(file);
    if (!client) return;
    this.downloads = { ...this.downloads, [file.id]: { busy: true } };
    try {
      const { blob, filename } = await download(client, file.url);
      saveBlob(blob, file.originalName || filename || name);
      this.downloads = { ...this.downloads, [file.id]: { done: true } };
    } catch (e) {
      const reason = errorText(e, locale) ?? '';
      this.downloads = { ...this.downloads, [file.id]: { error: t(locale, 'downloadError', { name, reason }) } };
    }
  }

  #renderIter() {
    const locale = this.resolvedLocale;
    const body = this.history.render({
      initial: () => renderLoading(locale, 3),
      pending: () => (this.history.value ? this.#timeline(this.history.value) : renderLoading(locale, 3)),
      error: (e) => (needsLogin(e) ? nothing : renderError(locale, errorText(e, locale), () => void this.history.run(), t(locale, 'iterError'))),
      complete: (list) => this.#timeline(list),
    });
    return this.#section('iter', t(locale, 'iter'), body);
  }

  #timeline(list: readonly StatusChange[]) {
    const locale = this.resolvedLocale;
    if (list.length === 0) return html`<p>${t(locale, 'iterEmpty')}</p>`;
    return html`<ol class="timeline" aria-label=${t(locale, 'iter')}>
      ${list.map((h, i) => {
        const current = i === list.length - 1;
        return html`<li class=${current ? 'current' : ''} aria-current=${current ? 'step' : 'false'}>
          <time datetime=${h.date.toISOString()}>${withTimeZoneNote(formatDateTime(h.date, locale), h.date, locale)}</time>
          <span class="status">${praticaStatusLabel(h.statusCode, locale, h.statusGroup)}${current
            ? html` <span class="current-label">(${t(locale, 'iterCurrent')})</span>` : nothing}</span>
          ${h.message ? html`<p class="message">${h.message}</p>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  #renderDelegated(key: DetailSection, title: string, tag: 'sdc-message-thread' | 'sdc-payment-panel', p: Pratica) {
    const locale = this.resolvedLocale;
    if (this.#parts.phase(tag) !== 'ready') return this.#section(key, title, this.#parts.render(tag, locale, () => html``));
    // The thread and the panel title themselves (heading-level 3, under the pratica's h2): no second heading here.
    // The thread gets the pratica already read: one GET of the application per detail.
    const body = tag === 'sdc-message-thread'
      ? html`<sdc-message-thread pratica-id=${p.id} .pratica=${p} heading-level="3" ?integration-form=${p.statusGroup === 'richiesta-integrazione'}
          base-url=${this.baseUrl ?? nothing} locale=${this.locale ?? nothing}></sdc-message-thread>`
      : html`<sdc-payment-panel pratica-id=${p.id} heading-level="3" base-url=${this.baseUrl ?? nothing} locale=${this.locale ?? nothing}
          checkout-target=${this.getAttribute('checkout-target') ?? nothing}></sdc-payment-panel>`;
    // Not a landmark of its own: the thread and the panel are labelled regions already, and two regions
    // named "Messaggi" one inside the other are one too many for a screen reader's landmark list.
    return html`<div id="sec-${key}" tabindex="-1" data-section=${key} class="delegated">${body}</div>`;
  }

  #renderMeetings() {
    const locale = this.resolvedLocale;
    const body = this.meetings.render({
      initial: () => renderLoading(locale, 2),
      pending: () => renderLoading(locale, 2),
      error: (e) => (needsLogin(e) ? nothing : renderError(locale, errorText(e, locale), () => void this.meetings.run(), t(locale, 'meetingsError'))),
      complete: (list) =>
        list.length === 0
          ? html`<p>${t(locale, 'meetingsEmpty')}</p>`
          : html`<ul class="meetings">${list.map(({ meeting: m, calendar }) => html`<li class="meeting">
              <p><strong>${withTimeZoneNote(t(locale, 'meetingWhen', { date: formatLongDate(m.from, locale), from: formatTime(m.from, locale), to: formatTime(m.to, locale) }), m.from, locale)}</strong></p>
              ${calendar ? html`<p>${calendar.title}${calendar.location ? html` – ${calendar.location}` : nothing}</p>` : nothing}
              <p>${statusTag(meetingStatusLabel(m.status, locale), meetingStatusTone(m.status))}</p>
              ${m.motivationOutcome ? html`<p>${m.motivationOutcome}</p>` : nothing}
              ${m.videoconferenceLink ? html`<p><a href=${m.videoconferenceLink} target="_blank" rel="noopener">${t(locale, 'meetingVideo')}</a></p>` : nothing}
            </li>`)}</ul>`,
    });
    return this.#section('appuntamenti', t(locale, 'meetings'), body);
  }

  // --- Ritira -------------------------------------------------------------------------------------

  #openWithdraw(e: Event): void {
    this.#opener = e.currentTarget as HTMLElement;
    this.withdrawState = 'idle';
    this.withdrawError = '';
    const d = this.dialog;
    if (d && !d.open) d.showModal();
  }

  #closeWithdraw(): void {
    if (this.withdrawState === 'busy') return;
    this.dialog?.close();
  }

  #onDialogClose(): void {
    // Native <dialog> returns focus to the opener only in some browsers: do it explicitly.
    if (this.#opener?.isConnected) this.#opener.focus();
  }

  async #confirmWithdraw(p: Pratica): Promise<void> {
    const client = this.api.client;
    const locale = this.resolvedLocale;
    if (!client || this.withdrawState === 'busy') return;
    this.withdrawState = 'busy';
    try {
      const updated = await withdrawPratica(client, p.id);
      this.withdrawState = 'idle';
      this.dialog?.close();
      this.notice = t(locale, 'withdrawn');
      this.reload++;
      this.emit('sdc-pratica-withdrawn', { pratica: updated });
      await this.updateComplete;
      this.noticeEl?.focus();
    } catch (e) {
      this.withdrawState = 'error';
      this.withdrawError = t(locale, 'withdrawError', { reason: errorText(e, locale) ?? '' });
    }
  }

  #renderWithdrawDialog(p: Pratica, number: string) {
    if (!p.allowedActions.includes('withdraw') && !this.dialog?.open) return nothing;
    // (kept in the DOM while open so a status change under it does not yank the dialog away)
    const locale = this.resolvedLocale;
    const busy = this.withdrawState === 'busy';
    return html`<dialog aria-labelledby="withdraw-title" aria-describedby="withdraw-text"
        @close=${() => this.#onDialogClose()} @cancel=${(e: Event) => busy && e.preventDefault()}>
      <h2 id="withdraw-title">${t(locale, 'withdrawTitle')}</h2>
      <p id="withdraw-text">${t(locale, 'withdrawText', { number, service: p.serviceName })}</p>
      ${this.withdrawState === 'error' ? renderAlert('danger', this.withdrawError) : nothing}
      <div class="dialog__buttons">
        <button type="button" class="btn btn-outline" ?disabled=${busy} @click=${() => this.#closeWithdraw()} autofocus>${t(locale, 'withdrawCancel')}</button>
        <button type="button" class="btn btn-danger" data-action="confirm-withdraw" aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => void this.#confirmWithdraw(p)}>${busy ? t(locale, 'withdrawing') : t(locale, 'withdrawConfirm')}</button>
      </div>
    </dialog>`;
  }
}

/** File objects inside the submission data (Form.io file fields): listed with the documents. */
function attachmentsInData(data: Record<string, unknown>): Attachment[] {
  const out: Attachment[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x && typeof x === 'object' && 'url' in x && 'id' in x && typeof (x as { url: unknown }).url === 'string') {
          const f = x as { id: unknown; url: string; name?: string; originalName?: string; description?: string };
          out.push({ id: String(f.id), url: f.url, name: f.name ?? String(f.id), originalName: f.originalName ?? f.name ?? String(f.id), description: f.description });
        } else walk(x);
      }
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return out;
}
