import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { toSdcError, type SdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { renderEmpty, renderError, renderLoading } from '../../ui/states.js';
import { renderAlert } from '../../ui/alert.js';
import { richText } from '../../ui/sanitize.js';
import { statusTag } from '../../ui/status-tag.js';
import { renderStepper } from '../../ui/stepper.js';
import { renderErrorSummary, focusErrorSummary, setErrorTitle, type SummaryItem } from '../../ui/error-summary.js';
import { renderTextField, type FieldProps } from '../../ui/fields/index.js';
import type { FieldNode } from '../../forms/index.js';
import { checkEmail, checkPhone } from '../../forms/italian.js';
import {
  confirmMeeting, createMeeting, deleteMeetingDraft, getAvailableDays, getFirstAvailableDate, getService, getSlots,
  listCalendars, romeWallTime, updateMeetingDetails,
  type AvailableDay, type Calendar, type Meeting, meetingStatusLabel, meetingStatusTone, type Service, type Slot,
} from '../../api/index.js';
import { formatLongDate, formatTime, withTimeZoneNote } from '../../i18n/format.js';
import { romeInstant } from '../../domain/rome-time.js';
import { localeTag } from '../../i18n/locale.js';
import { bookingMessages } from './sdc-appointment-booking.messages.js';
import { bookingStyles } from './sdc-appointment-booking.styles.js';
import { renderDayGrid, ymd } from './day-grid.js';
import { buildIcs } from './ics.js';

type Step = 'luogo' | 'data' | 'dettagli' | 'richiedente' | 'riepilogo' | 'confermato';
type Field = 'reason' | 'details' | 'givenName' | 'familyName' | 'email' | 'phone';
type Notice = 'expired' | 'taken' | undefined;

const DETAILS_MAX = 200;


declare module '../../core/events.js' {
  interface SdcEventMap {
    /** An appointment was booked (confirmed, or awaiting the office's approval on moderated calendars). */
    'sdc-booking-confirmed': { meeting: Meeting };
  }
}

interface Offices {
  calendars: Calendar[];
  service?: Service;
}

/**
 * Standalone (all offices that take appointments) or from a service (`service-id`: only the offices
 * competent for it, reason prefilled). The chosen slot is held with a draft meeting while the
 * citizen completes the details; if it expires or is taken meanwhile the element says so and goes back
 * to the slot choice keeping everything typed.
 *
 * @tag sdc-appointment-booking
 * @summary Book an appointment with an office: luogo → data e orario → dettagli → richiedente → riepilogo → conferma.
 *
 * @event sdc-booking-confirmed - `{ meeting }` once the booking is confirmed.
 * @csspart stepper - The step indicator.
 * @csspart error-summary - The “C’è un problema” box listing the fields to fix.
 * @csspart status - The status tag on the confirmation.
 * @cssprop --sdc-color-primary - Buttons, links, selected day and time.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Background of available days.
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
 */
export class SdcAppointmentBooking extends SdcElement {
  static override styles = bookingStyles;

  /** Service the appointment is for (uuid or identifier): restricts offices, prefills the reason. */
  @property({ attribute: 'service-id' }) serviceId?: string;
  /** Office calendar to book with: skips the "Luogo" step. */
  @property({ attribute: 'calendar-id' }) calendarId?: string;
  /** Link from the confirmation; defaults to the provider's `area-personale-url`. */
  @property({ attribute: 'area-personale-url' }) areaPersonaleUrl?: string;

  @state() private step: Step = 'luogo';
  @state() private calendarChoice?: string;
  @state() private month = `${ymd(new Date()).slice(0, 7)}-01`;
  @state() private day?: string;
  @state() private activeDay?: string;
  @state() private chosenSlot?: Slot;
  @state() private draft?: Meeting;
  @state() private heldUntil?: Date;
  @state() private notice: Notice;
  @state() private form: Record<Field, string> = { reason: '', details: '', givenName: '', familyName: '', email: '', phone: '' };
  @state() private errors: Partial<Record<Field | 'office' | 'slot', string>> = {};
  @state() private busy = false;
  @state() private actionError?: SdcError;
  @state() private result?: Meeting;
  @state() private backToSummary = false;
  @state() private firstDateMissing = false;

  // Prefills the applicant whenever the session becomes known: on connect with an own base-url, or
  // later, when a provider defined after this element brings the client and the session resolves.
  readonly api = new ApiController(this, { ensureSession: true, onSession: () => this.#prefillApplicant() });
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #focusHeading = false;

  private t = (key: Parameters<typeof bookingMessages>[1], params?: Record<string, string | number>) =>
    bookingMessages(this.resolvedLocale, key, params);

  readonly #offices = new Task(this, {
    args: () => [this.api.client, this.serviceId, this.calendarId] as const,
    task: async ([client, serviceId, calendarId], { signal }): Promise<Offices> => {
      if (!client) throw toSdcError(new Error('base-url mancante'));
      const [all, service] = await Promise.all([
        listCalendars(client, {}, { signal }),
        serviceId ? getService(client, serviceId, { offices: true, actions: false, signal }) : Promise.resolve(undefined),
      ]);
      let calendars = all;
      if (calendarId) calendars = all.filter((c) => c.id === calendarId);
      else if (service) {
        const competent = new Set((service.offices ?? []).flatMap((o) => o.calendarIds));
        calendars = all.filter((c) => competent.has(c.id));
      }
      return { calendars, service };
    },
    onComplete: ({ calendars, service }) => {
      if (service && !this.form.reason) this.form = { ...this.form, reason: service.name };
      if (calendars.length === 1 || this.calendarId) this.calendarChoice ??= calendars[0]?.id;
      if (this.step === 'luogo' && (this.calendarId || calendars.length === 1) && calendars.length) this.step = 'data';
    },
  });

  readonly #days = new Task(this, {
    args: () => [this.api.client, this.step === 'luogo' ? undefined : this.calendarChoice, this.month] as const,
    task: async ([client, calendarId, month], { signal }): Promise<AvailableDay[]> => {
      if (!client || !calendarId) return [];
      const [y, m] = month.split('-').map(Number);
      return getAvailableDays(client, calendarId, { from: new Date(y!, m! - 1, 1), to: new Date(y!, m!, 0) }, { signal });
    },
  });

  readonly #slots = new Task(this, {
    args: () => [this.api.client, this.calendarChoice, this.day] as const,
    task: async ([client, calendarId, day], { signal }): Promise<Slot[]> => {
      if (!client || !calendarId || !day) return [];
      const slots = await getSlots(client, calendarId, day, { excludeMeetingId: this.draft?.id }, { signal });
      return slots.filter((s) => s.available);
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#expiryTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('step')) this.#focusHeading = changed.get('step') !== undefined;
  }

  protected override updated(): void {
    if (this.#focusHeading) {
      this.#focusHeading = false;
      (this.renderRoot.querySelector('h2[data-step-heading]') as HTMLElement | null)?.focus();
    }
  }

  // ------------------------------------------------------------------------------------------ render

  protected override render() {
    const locale = this.resolvedLocale;
    if (!this.api.client) return renderError(locale, undefined, undefined, this.t('loadError'));
    return this.#offices.render({
      initial: () => renderLoading(locale, 4),
      pending: () => renderLoading(locale, 4),
      error: (e) => renderError(locale, toSdcError(e).message, () => void this.#offices.run(), this.t('loadError')),
      complete: (o) => (o.calendars.length ? this.#renderFlow(o) : renderEmpty(this.t('noOffices'), this.t('noOfficesText'))),
    });
  }

  #steps(): Step[] {
    const all: Step[] = ['luogo', 'data', 'dettagli', 'richiedente', 'riepilogo'];
    const offices = this.#offices.value?.calendars.length ?? 0;
    return this.calendarId || offices === 1 ? all.slice(1) : all;
  }

  #renderFlow(o: Offices): TemplateResult {
    if (this.step === 'confermato' && this.result) return this.#renderDone(this.result, o);
    const steps = this.#steps();
    const index = steps.indexOf(this.step);
    return html`
      ${renderStepper({
        locale: this.resolvedLocale,
        steps: steps.map((s, i) => ({ key: s, title: this.t(`step.${s}`), state: i < index ? 'done' : i === index ? 'current' : 'todo', reachable: i < index })),
        onSelect: (key) => this.#go(key as Step),
      })}
      <h2 data-step-heading tabindex="-1">${this.t(`step.${this.step}`)}</h2>
      ${renderErrorSummary({ locale: this.resolvedLocale, items: this.#summaryItems(), root: () => this.renderRoot })}
      ${this.notice ? renderAlert('warning', this.t(this.notice)) : nothing}
      ${this.draft && this.heldUntil && this.step !== 'data' ? html`<p class="held" role="status">${this.t('heldUntil', { time: withTimeZoneNote(formatTime(this.heldUntil, this.resolvedLocale), this.heldUntil, this.resolvedLocale) })}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => { e.preventDefault(); void this.#next(); }}>
        ${this.#renderStep(o)}
        ${this.actionError ? renderError(this.resolvedLocale, this.actionError.message, () => void this.#next()) : nothing}
        <div class="actions">
          ${index > 0 ? html`<button type="button" class="btn btn-outline" @click=${() => this.#go(steps[index - 1]!)}>${this.t('back')}</button>` : html`<span></span>`}
          <button type="submit" class="btn" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.step === 'riepilogo' ? (this.busy ? this.t('confirming') : this.t('confirm')) : this.t('next')}
          </button>
        </div>
      </form>`;
  }

  #renderStep(o: Offices): TemplateResult {
    switch (this.step) {
      case 'luogo': return this.#renderOffices(o.calendars);
      case 'data': return this.#renderWhen();
      case 'dettagli': return this.#renderDetails();
      case 'richiedente': return this.#renderApplicant();
      default: return this.#renderSummary(o);
    }
  }

  #renderOffices(calendars: Calendar[]): TemplateResult {
    return html`<fieldset class="choices" aria-describedby="office-hint ${this.errors.office ? 'office-error' : ''}">
      <legend>${this.t('officeLegend')}</legend>
      <p class="hint" id="office-hint">${this.t(this.serviceId ? 'officeHint' : 'officeHintAll')}</p>
      ${this.#inlineError('office')}
      ${calendars.map((c) => html`<label class="choice">
        <input type="radio" name="office" id="office-${c.id}" .checked=${this.calendarChoice === c.id}
          @change=${() => this.#chooseOffice(c.id)} />
        <span><strong>${c.title}</strong>${c.location ? html`<br /><span class="hint">${c.location}</span>` : nothing}
        ${c.isModerated ? html`<br /><span class="hint">${this.t('officeModerated')}</span>` : nothing}</span>
      </label>`)}
    </fieldset>`;
  }

  #renderWhen(): TemplateResult {
    const locale = this.resolvedLocale;
    const today = ymd(new Date()).slice(0, 7);
    return html`<div class="when" id="slot-area">
      <div class="month-bar">
        <button type="button" class="btn btn-outline btn-sm" ?disabled=${this.month.slice(0, 7) <= today} @click=${() => this.#shiftMonth(-1)}>
          <span aria-hidden="true">‹</span><span class="visually-hidden">${this.t('prevMonth')}</span></button>
        <p class="month-name" aria-live="polite">${new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric' }).format(new Date(`${this.month}T00:00:00`))}</p>
        <button type="button" class="btn btn-outline btn-sm" @click=${() => this.#shiftMonth(1)}>
          <span class="visually-hidden">${this.t('nextMonth')}</span><span aria-hidden="true">›</span></button>
      </div>
      <button type="button" class="btn btn-link first-available" @click=${() => void this.#firstAvailable()}>${this.t('firstAvailable')}</button>
      ${this.firstDateMissing ? renderAlert('info', this.t('noAvailabilityAtAll')) : nothing}
      ${this.#inlineError('slot')}
      ${this.#days.render({
        initial: () => renderLoading(locale, 5),
        pending: () => renderLoading(locale, 5),
        error: (e) => renderError(locale, toSdcError(e).message, () => void this.#days.run()),
        complete: (days) => html`
          ${renderDayGrid({ locale, month: this.month, days, selected: this.day, active: this.activeDay, onSelect: (d) => this.#chooseDay(d), onMove: (d) => this.#moveFocus(d) })}
          ${days.some((d) => d.available) ? nothing : renderEmpty(this.t('noAvailability'), this.t('noAvailabilityText'))}`,
      })}
      ${this.day ? this.#renderSlots() : html`<p class="hint">${this.t('chooseDay')}</p>`}
    </div>`;
  }

  #renderSlots(): TemplateResult {
    const locale = this.resolvedLocale;
    return this.#slots.render({
      initial: () => renderLoading(locale, 2),
      pending: () => renderLoading(locale, 2),
      error: (e) => renderError(locale, toSdcError(e).message, () => void this.#slots.run()),
      complete: (slots) => slots.length
        ? html`<fieldset class="slots">
            <legend>${withTimeZoneNote(this.t('slotsLegend', { date: formatLongDate(this.day!, locale) }), romeInstant(this.day!, '12:00'), locale)}</legend>
            <div class="slot-list">
              ${slots.map((s) => html`<label class="slot">
                <input type="radio" name="slot" id="slot-${s.startTime}" .checked=${this.#sameSlot(s)}
                  @change=${() => { this.chosenSlot = s; this.errors = { ...this.errors, slot: undefined }; }} />
                <span aria-hidden="true">${s.startTime}–${s.endTime}</span>
                <span class="visually-hidden">${this.t('slotRange', { from: s.startTime, to: s.endTime })}</span>
              </label>`)}
            </div>
          </fieldset>`
        : html`<p class="hint" role="status">${this.t('noSlots')}</p>`,
    });
  }

  #field(key: Field, node: Partial<FieldNode>): TemplateResult {
    const full: FieldNode = {
      kind: 'field', id: `f-${key}`, type: 'textfield', key, path: key, label: this.t(key === 'details' ? 'details' : key), hideLabel: false,
      visible: true, component: { type: 'textfield', key } as FieldNode['component'], control: 'text', required: true, locked: false,
      disabled: false, readonly: false, prefilled: false, multiple: false, ...node,
    };
    const props: FieldProps = {
      node: full,
      value: this.form[key],
      locale: this.resolvedLocale,
      error: this.errors[key],
      onChange: (_path, value) => { this.form = { ...this.form, [key]: String(value ?? '') }; },
    };
    return renderTextField(props);
  }

  #renderDetails(): TemplateResult {
    const left = DETAILS_MAX - this.form.details.length;
    return html`
      ${this.#field('reason', { hint: this.t('reasonHint') })}
      ${this.#field('details', { control: 'textarea', rows: 4, hint: this.t('detailsHint', { max: DETAILS_MAX }) })}
      <p class="count ${left < 0 ? 'count--over' : ''}" aria-live="polite">${this.t('charsLeft', { count: Math.max(left, 0) })}</p>`;
  }

  #renderApplicant(): TemplateResult {
    const citizen = this.api.session?.citizen;
    // Locked only when SPID/CIE gave the value and the field holds it: an empty field the citizen
    // cannot fill would block the booking.
    const lockName = !!citizen?.givenName && this.form.givenName === citizen.givenName;
    const lockSurname = !!citizen?.familyName && this.form.familyName === citizen.familyName;
    const login = this.api.loginUrl();
    return html`
      ${!citizen && login ? html`<p class="login-hint">${this.t('loginSuggestion')} <a href=${login}>${this.t('login')}</a></p>` : nothing}
      ${lockName || lockSurname ? html`<p class="hint">${this.t('spidNote')}</p>` : nothing}
      ${this.#field('givenName', { locked: lockName, readonly: lockName, autocomplete: 'given-name' })}
      ${this.#field('familyName', { locked: lockSurname, readonly: lockSurname, autocomplete: 'family-name' })}
      ${this.#field('email', { control: 'email', autocomplete: 'email', inputMode: 'email' })}
      ${this.#field('phone', { control: 'tel', required: false, autocomplete: 'tel', inputMode: 'tel', hint: this.t('phoneHint') })}`;
  }

  #renderSummary(o: Offices): TemplateResult {
    const cal = o.calendars.find((c) => c.id === this.calendarChoice);
    const rows: Array<[string, string | TemplateResult, Step]> = [
      [this.t('summaryOffice'), html`${cal?.title ?? ''}${cal?.location ? html`<br /><span class="hint">${cal.location}</span>` : nothing}`, 'luogo'],
      [this.t('summaryWhen'), this.#whenText(), 'data'],
      [this.t('summaryReason'), this.form.reason, 'dettagli'],
      [this.t('summaryDetails'), this.form.details, 'dettagli'],
      [this.t('summaryApplicant'), html`${this.form.givenName} ${this.form.familyName}<br />${this.form.email}${this.form.phone ? html`<br />${this.form.phone}` : nothing}`, 'richiedente'],
    ];
    const steps = this.#steps();
    return html`<dl class="summary">
      ${rows.map(([label, value, step]) => html`<div class="summary__row">
        <dt>${label}</dt><dd>${value}</dd>
        <dd class="summary__edit">${steps.includes(step)
          ? html`<button type="button" class="btn btn-link btn-sm" @click=${() => { this.backToSummary = true; this.#go(step); }}>
              ${this.t('edit')}<span class="visually-hidden"> ${label.toLowerCase()}</span></button>`
          : nothing}</dd>
      </div>`)}
    </dl>`;
  }

  #renderDone(m: Meeting, o: Offices): TemplateResult {
    const cal = o.calendars.find((c) => c.id === m.calendarId);
    const pending = m.status === 'in-attesa';
    // Only a logged-in citizen has an area personale; an anonymous booking has none to go to.
    const signedIn = !!this.api.session?.isAuthenticated && !this.api.session.isAnonymousUser;
    const area = signedIn ? this.areaPersonaleUrl ?? this.config?.areaPersonaleUrl : undefined;
    return html`<div class="done">
      <h2 data-step-heading tabindex="-1">${pending ? this.t('donePending') : this.t('doneTitle')}</h2>
      <p>${this.t('statusLabel')}: ${statusTag(meetingStatusLabel(m.status, this.resolvedLocale), meetingStatusTone(m.status))}</p>
      <dl class="summary">
        <div class="summary__row"><dt>${this.t('summaryWhen')}</dt><dd>${this.#whenText(m)}</dd></div>
        <div class="summary__row"><dt>${this.t('place')}</dt><dd>${cal?.title ?? ''}${cal?.location ? html`<br />${cal.location}` : nothing}</dd></div>
        <div class="summary__row"><dt>${this.t('summaryReason')}</dt><dd>${this.form.reason}</dd></div>
      </dl>
      ${pending ? html`<p>${this.t('donePendingText')}</p>` : nothing}
      <h3>${this.t('bring')}</h3>
      ${o.service?.texts.cosaServe ? html`<div class="rich">${richText(o.service.texts.cosaServe)}</div>` : html`<p>${this.t('bringDefault')}</p>`}
      <div class="actions actions--start">
        <a class="btn" href=${this.#icsUrl(m, cal)} download="appuntamento.ics">${this.t('addToCalendar')}</a>
        ${area ? html`<a class="btn btn-outline" href=${area}>${this.t('areaPersonale')}</a>` : nothing}
        <button type="button" class="btn btn-link" @click=${() => this.#restart()}>${this.t('newBooking')}</button>
      </div>
    </div>`;
  }

  #inlineError(key: 'office' | 'slot'): TemplateResult | typeof nothing {
    const msg = this.errors[key];
    return msg ? html`<p class="error-message" id="${key}-error"><span class="visually-hidden">${this.t('errorPrefix')} </span>${msg}</p>` : nothing;
  }

  #summaryItems(): SummaryItem[] {
    const target: Record<string, string> = {
      office: `office-${this.#offices.value?.calendars[0]?.id ?? ''}`,
      slot: 'slot-area',
    };
    return Object.entries(this.errors)
      .filter(([, text]) => !!text)
      .map(([key, text]) => ({ targetId: target[key] ?? `f-${key}`, text: text! }));
  }

  #whenText(m?: Meeting): string {
    // Office hours are Rome wall-clock times, shown as such on any device.
    const date = m ? romeWallTime(m.from).date : this.chosenSlot?.date ?? '';
    const from = m ? romeWallTime(m.from).time : this.chosenSlot?.startTime ?? '';
    const to = m ? romeWallTime(m.to).time : this.chosenSlot?.endTime ?? '';
    const text = this.t('whenValue', { date: formatLongDate(date, this.resolvedLocale), range: this.t('slotRange', { from, to }) });
    return date && from ? withTimeZoneNote(text, m?.from ?? romeInstant(date, from), this.resolvedLocale) : text;
  }

  #icsUrl(m: Meeting, cal?: Calendar): string {
    const ics = buildIcs({
      uid: `${m.id}@sdc-widgets`,
      start: m.from,
      end: m.to,
      summary: this.t('icsSummary', { office: cal?.title ?? '' }),
      location: cal?.location,
      description: [this.form.reason, this.form.details].filter(Boolean).join('\n'),
      tentative: m.status === 'in-attesa',
    });
    return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  }

  // ------------------------------------------------------------------------------------------ actions

  #sameSlot(s: Slot): boolean {
    return !!this.chosenSlot && this.chosenSlot.date === s.date && this.chosenSlot.startTime === s.startTime;
  }

  #chooseOffice(id: string): void {
    if (id === this.calendarChoice) return;
    void this.#releaseDraft();
    this.calendarChoice = id;
    this.day = undefined;
    this.chosenSlot = undefined;
    this.errors = { ...this.errors, office: undefined };
  }

  #chooseDay(date: string): void {
    this.day = date;
    this.activeDay = date;
    this.errors = { ...this.errors, slot: undefined };
  }

  async #moveFocus(date: string): Promise<void> {
    if (date.slice(0, 7) !== this.month.slice(0, 7)) {
      if (date.slice(0, 7) < ymd(new Date()).slice(0, 7)) return;
      this.month = `${date.slice(0, 7)}-01`;
      await this.#monthLoaded();
    }
    this.activeDay = date;
    await this.updateComplete;
    (this.renderRoot.querySelector(`button[data-date="${date}"]`) as HTMLElement | null)?.focus();
  }

  /** After a month change: the days task starts on the next update, then its grid renders. */
  async #monthLoaded(): Promise<void> {
    await this.updateComplete;
    await this.#days.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  #shiftMonth(delta: number): void {
    const [y, m] = this.month.split('-').map(Number);
    this.month = ymd(new Date(y!, m! - 1 + delta, 1));
    this.activeDay = undefined;
  }

  async #firstAvailable(): Promise<void> {
    const client = this.api.client;
    if (!client || !this.calendarChoice) return;
    this.firstDateMissing = false;
    try {
      const date = await getFirstAvailableDate(client, this.calendarChoice);
      if (!date) {
        this.firstDateMissing = true;
        return;
      }
      this.month = `${date.slice(0, 7)}-01`;
      this.#chooseDay(date);
      await this.#monthLoaded();
      await this.updateComplete;
      (this.renderRoot.querySelector(`button[data-date="${date}"]`) as HTMLElement | null)?.focus();
    } catch (e) {
      this.actionError = toSdcError(e);
    }
  }

  #go(step: Step): void {
    this.errors = {};
    this.actionError = undefined;
    setErrorTitle(this.resolvedLocale, false);
    this.step = step;
  }

  #restart(): void {
    this.result = undefined;
    this.draft = undefined;
    this.chosenSlot = undefined;
    this.day = undefined;
    this.form = { ...this.form, details: '' };
    this.backToSummary = false;
    this.#go(this.#steps()[0]!);
  }

  #validate(): boolean {
    const e: typeof this.errors = {};
    const f = this.form;
    if (this.step === 'luogo' && !this.calendarChoice) e.office = this.t('err.office');
    if (this.step === 'data' && !this.chosenSlot) e.slot = this.t('err.slot');
    if (this.step === 'dettagli') {
      if (!f.reason.trim()) e.reason = this.t('err.reason');
      if (!f.details.trim()) e.details = this.t('err.details');
      else if (f.details.length > DETAILS_MAX) e.details = this.t('err.detailsMax', { max: DETAILS_MAX });
    }
    if (this.step === 'richiedente') {
      if (!f.givenName.trim()) e.givenName = this.t('err.givenName');
      if (!f.familyName.trim()) e.familyName = this.t('err.familyName');
      if (!f.email.trim()) e.email = this.t('err.email');
      else if (!checkEmail(f.email).ok) e.email = this.t('err.emailFormat');
      if (f.phone.trim() && !checkPhone(f.phone).ok) e.phone = this.t('err.phoneFormat');
    }
    this.errors = e;
    const failed = Object.keys(e).length > 0;
    setErrorTitle(this.resolvedLocale, failed);
    if (failed) void this.updateComplete.then(() => focusErrorSummary(this.renderRoot));
    return !failed;
  }

  async #next(): Promise<void> {
    if (this.busy || !this.#validate()) return;
    this.actionError = undefined;
    const steps = this.#steps();
    if (this.step === 'data') {
      if (!(await this.#holdSlot())) return;
    }
    if (this.step === 'riepilogo') {
      await this.#confirm();
      return;
    }
    const next = this.backToSummary ? 'riepilogo' : steps[steps.indexOf(this.step) + 1]!;
    if (next === 'riepilogo') this.backToSummary = false;
    this.notice = undefined;
    this.step = next;
  }

  /** Creates (or keeps) the draft meeting that holds the chosen slot. */
  async #holdSlot(): Promise<boolean> {
    const client = this.api.client!;
    const slot = this.chosenSlot!;
    const held = this.draft && romeWallTime(this.draft.from);
    if (held && this.draft!.calendarId === this.calendarChoice && held.date === slot.date && held.time === slot.startTime) return true;
    this.busy = true;
    try {
      await this.#releaseDraft();
      if (this.api.state !== 'authenticated' && !client.session.token) await client.session.createAnonymous();
      const draft = await createMeeting(client, {
        calendarId: this.calendarChoice!, date: slot.date, startTime: slot.startTime, endTime: slot.endTime, openingHourId: slot.openingHourId,
        reason: this.form.reason || undefined,
      });
      this.draft = draft;
      const cal = this.#offices.value?.calendars.find((c) => c.id === this.calendarChoice);
      this.heldUntil = draft.draftExpiration ?? new Date(Date.now() + (cal?.draftsDuration ?? 600) * 1000);
      this.#armExpiry();
      return true;
    } catch (e) {
      this.#slotLost('taken', e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  #armExpiry(): void {
    clearTimeout(this.#expiryTimer);
    if (!this.heldUntil) return;
    const ms = this.heldUntil.getTime() - Date.now();
    this.#expiryTimer = setTimeout(() => this.#slotLost('expired'), Math.max(ms, 0));
  }

  /** The slot is gone (expired draft or taken by someone else): back to the choice, keeping what was typed. */
  #slotLost(notice: 'expired' | 'taken', error?: unknown): void {
    const err = error === undefined ? undefined : toSdcError(error);
    if (err && err.kind !== 'validation' && err.kind !== 'conflict' && err.kind !== 'not-found') {
      this.actionError = err;
      return;
    }
    clearTimeout(this.#expiryTimer);
    this.draft = undefined;
    this.heldUntil = undefined;
    this.chosenSlot = undefined;
    this.notice = notice;
    this.step = 'data';
    void this.#slots.run();
  }

  async #releaseDraft(): Promise<void> {
    const draft = this.draft;
    this.draft = undefined;
    clearTimeout(this.#expiryTimer);
    if (draft && this.api.client) await deleteMeetingDraft(this.api.client, draft.id).catch(() => undefined);
  }

  async #confirm(): Promise<void> {
    const client = this.api.client!;
    if (!this.draft) {
      this.#slotLost('expired');
      return;
    }
    this.busy = true;
    try {
      const f = this.form;
      await updateMeetingDetails(client, this.draft.id, {
        name: `${f.givenName} ${f.familyName}`.trim(), email: f.email, phone: f.phone || undefined,
        fiscalCode: this.api.session?.citizen?.fiscalCode, userMessage: f.details, reason: f.reason,
      });
      const meeting = await confirmMeeting(client, this.draft.id);
      clearTimeout(this.#expiryTimer);
      this.result = meeting;
      this.draft = undefined;
      this.step = 'confermato';
      this.emit('sdc-booking-confirmed', { meeting });
    } catch (e) {
      const err = toSdcError(e);
      if (err.kind === 'not-found' || err.kind === 'validation' || err.kind === 'conflict') this.#slotLost('expired', e);
      else this.actionError = err;
    } finally {
      this.busy = false;
    }
  }

  #prefillApplicant(): void {
    const c = this.api.session?.citizen;
    if (!c) return;
    this.form = {
      ...this.form,
      givenName: c.givenName || this.form.givenName,
      familyName: c.familyName || this.form.familyName,
      email: this.form.email || c.email || '',
      phone: this.form.phone || c.mobilePhone || c.phone || '',
    };
  }
}

