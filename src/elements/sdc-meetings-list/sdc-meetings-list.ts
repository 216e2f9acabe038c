import { css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { toSdcError, type SdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { renderEmpty, renderError, renderLoading, renderLogin, stateStyles } from '../../ui/states.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { statusTag, statusTagStyles } from '../../ui/status-tag.js';
import { base, controls, tokens } from '../../styles/tokens.js';
import { ShownCounts, renderShowMore, showMoreStyles } from '../../ui/pagination.js';
import { cancelMeeting, listCalendars, listMeetings, romeWallTime, type Calendar, type Meeting, meetingStatusLabel, meetingStatusTone } from '../../api/index.js';
import { formatLongDate, withTimeZoneNote } from '../../i18n/format.js';
import { meetingsMessages } from './sdc-meetings-list.messages.js';

const DAY = 86_400_000;

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen cancelled an appointment. */
    'sdc-meeting-cancelled': { meeting: Meeting };
  }
}

interface Data { meetings: Meeting[]; calendars: Map<string, Calendar> }

/**
 * Shows the appointments of the logged-in citizen (opencity-api.md §3.8), with office, date and time in
 * ora italiana, place and reason; an anonymous citizen sees "Accedi". With no appointments the empty state
 * links to the booking page (`booking-url`). Used by `<sdc-area-personale>` for "Appuntamenti".
 *
 * @tag sdc-meetings-list
 * @summary The citizen's appointments with the offices, upcoming first, with status and, when the
 * office allows it (`allow_cancel_days`), "Annulla appuntamento" after a confirmation.
 *
 * @event sdc-meeting-cancelled - `{ meeting }` after a cancellation.
 * @csspart status - Status tags.
 * @cssprop --sdc-color-primary - Buttons and links.
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
export class SdcMeetingsList extends SdcElement {
  static override styles = [tokens, base, controls, stateStyles, alertStyles, statusTagStyles, showMoreStyles, css`
    .meeting { padding: 16px 20px; margin: 0 0 12px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
    .meeting__head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; align-items: baseline; }
    .meeting h4 { margin: 0; font-size: 1.125rem; }
    .meeting dl { margin: 8px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
    .meeting dt { font-weight: 600; }
    .meeting dd { margin: 0; }
    .meeting__actions { margin-top: 12px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    .hint { color: var(--_muted); font-size: 0.875rem; margin: 0; }
    dialog { max-width: 520px; border: 0; border-radius: var(--_radius); padding: 24px; box-shadow: var(--_shadow); }
    dialog::backdrop { background: rgb(0 0 0 / 55%); }
    .dialog__buttons { display: flex; flex-wrap: wrap; gap: 12px; justify-content: flex-end; margin-top: 24px; }
  `];

  /** Link of the empty state to the booking page. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Heading level of the section titles (2 when the list is a page of its own, 3 inside the area personale). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private confirming?: Meeting;
  @state() private busy = false;
  @state() private actionError?: SdcError;
  @state() private done = false;
  @state() private announcement = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  readonly api = new ApiController(this);
  #opener?: HTMLElement;
  /** Years of appointments: each group shows 10, then 10 more at a time (issue 15). */
  readonly #shown = new ShownCounts(10, () => this.requestUpdate());

  private t = (key: Parameters<typeof meetingsMessages>[1], params?: Record<string, string | number>) =>
    meetingsMessages(this.resolvedLocale, key, params);

  readonly #data = new Task(this, {
    args: () => [this.api.client, this.api.state] as const,
    task: async ([client, state], { signal }): Promise<Data | 'login'> => {
      if (!client) throw toSdcError(new Error('base-url mancante'));
      const s = state === 'unknown' || state === 'checking' ? await client.session.ensure({ signal }) : state;
      if (s !== 'authenticated') return 'login';
      const [meetings, calendars] = await Promise.all([listMeetings(client, {}, { signal }), listCalendars(client, {}, { signal })]);
      return { meetings: meetings.filter((m) => m.status !== 'bozza'), calendars: new Map(calendars.map((c) => [c.id, c])) };
    },
  });

  protected override render() {
    const locale = this.resolvedLocale;
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>${this.#data.render({
      initial: () => renderLoading(locale, 3),
      pending: () => (this.#data.value && this.#data.value !== 'login' ? this.#renderList(this.#data.value) : renderLoading(locale, 3)),
      error: (e) => renderError(locale, toSdcError(e).message, () => void this.#data.run()),
      complete: (d) => (d === 'login' ? renderLogin(locale, this.api.loginUrl()) : this.#renderList(d)),
    })}`;
  }

  #heading(text: string, id: string): TemplateResult {
    return this.headingLevel <= 2 ? html`<h2 id=${id}>${text}</h2>` : html`<h3 id=${id}>${text}</h3>`;
  }

  #group(key: 'upcoming' | 'past', list: readonly Meeting[], d: Data): TemplateResult {
    if (!list.length) return html``;
    const next = this.#shown.next(key, list.length);
    return html`${this.#heading(this.t(key), `m-${key}`)}
      ${this.#shown.slice(key, list).map((m) => this.#renderMeeting(m, d, key === 'upcoming'))}
      ${next ? renderShowMore(this.t('showMore', { count: next }), `m-${key}`, () => this.#more(key, list)) : nothing}`;
  }

  /** Ten more: focus goes to the first one added (where reading goes on), and the count is announced. */
  #more(key: string, list: readonly Meeting[]): void {
    const count = this.#shown.next(key, list.length);
    const first = list[this.#shown.more(key)];
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = this.t('announceMore', { count });
      if (first) this.renderRoot.querySelector<HTMLElement>(`[data-meeting="${CSS.escape(first.id)}"] .meeting__title`)?.focus();
    });
  }

  #renderList(d: Data): TemplateResult {
    const now = Date.now();
    const upcoming = d.meetings.filter((m) => m.to.getTime() >= now).sort((a, b) => a.from.getTime() - b.from.getTime());
    const past = d.meetings.filter((m) => m.to.getTime() < now).sort((a, b) => b.from.getTime() - a.from.getTime());
    if (!d.meetings.length) {
      return renderEmpty(this.t('empty'), this.t('emptyText'), this.bookingUrl ? html`<a class="btn" href=${this.bookingUrl}>${this.t('book')}</a>` : undefined);
    }
    return html`
      ${this.done ? renderAlert('success', this.t('cancelled')) : nothing}
      ${this.actionError ? renderError(this.resolvedLocale, this.actionError.message, undefined) : nothing}
      ${this.#group('upcoming', upcoming, d)}
      ${this.#group('past', past, d)}
      ${this.bookingUrl ? html`<p><a class="btn btn-outline" href=${this.bookingUrl}>${this.t('book')}</a></p>` : nothing}
      ${this.#renderDialog(d)}`;
  }

  #when(m: Meeting): string {
    const from = romeWallTime(m.from);
    return withTimeZoneNote(this.t('when', { date: formatLongDate(from.date, this.resolvedLocale), from: from.time, to: romeWallTime(m.to).time }), m.from, this.resolvedLocale);
  }

  #renderMeeting(m: Meeting, d: Data, upcoming: boolean): TemplateResult {
    const cal = d.calendars.get(m.calendarId);
    const active = m.status === 'in-attesa' || m.status === 'confermato';
    const days = cal?.allowCancelDays ?? 0;
    const canCancel = upcoming && active && m.from.getTime() - Date.now() >= days * DAY;
    const when = this.#when(m);
    const level = this.headingLevel <= 2 ? 3 : 4;
    return html`<article class="meeting" data-meeting=${m.id}>
      <div class="meeting__head">
        ${level === 3 ? html`<h3 class="h4 meeting__title" tabindex="-1">${when}</h3>` : html`<h4 class="meeting__title" tabindex="-1">${when}</h4>`}
        ${statusTag(meetingStatusLabel(m.status, this.resolvedLocale), meetingStatusTone(m.status))}
      </div>
      <dl>
        <dt>${this.t('place')}</dt><dd>${cal?.title ?? ''}${cal?.location ? html`, ${cal.location}` : nothing}</dd>
        ${m.reason ? html`<dt>${this.t('reason')}</dt><dd>${m.reason}</dd>` : nothing}
        ${m.userMessage ? html`<dt>${this.t('details')}</dt><dd>${m.userMessage}</dd>` : nothing}
        ${m.motivationOutcome ? html`<dt>${this.t('outcome')}</dt><dd>${m.motivationOutcome}</dd>` : nothing}
      </dl>
      ${upcoming && active
        ? html`<div class="meeting__actions">
            ${canCancel
              ? html`<button type="button" class="btn btn-outline btn-sm" @click=${(e: Event) => this.#ask(m, e)}>
                  ${this.t('cancel')}<span class="visually-hidden"> ${this.t('cancelHidden', { date: when })}</span></button>
                  ${days ? html`<p class="hint">${this.t('cancelUntil', { days })}</p>` : nothing}`
              : html`<p class="hint">${this.t('cancelTooLate')}</p>`}
          </div>`
        : nothing}
    </article>`;
  }

  #renderDialog(d: Data): TemplateResult {
    const m = this.confirming;
    const cal = m ? d.calendars.get(m.calendarId) : undefined;
    return html`<dialog aria-labelledby="cancel-title" @close=${() => this.#closed()}>
      ${m ? html`<h2 id="cancel-title">${this.t('confirmTitle')}</h2>
        <p>${this.t('confirmText', { when: this.#when(m), place: cal?.title ?? '' })}</p>
        <div class="dialog__buttons">
          <button type="button" class="btn btn-outline" @click=${() => this.dialog?.close()}>${this.t('confirmNo')}</button>
          <button type="button" class="btn btn-danger" ?disabled=${this.busy} @click=${() => void this.#cancel(m)}>${this.t('confirmYes')}</button>
        </div>` : nothing}
    </dialog>`;
  }

  async #ask(m: Meeting, e: Event): Promise<void> {
    this.#opener = e.currentTarget as HTMLElement;
    this.confirming = m;
    this.done = false;
    this.actionError = undefined;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  #closed(): void {
    this.confirming = undefined;
    this.#opener?.focus();
  }

  async #cancel(m: Meeting): Promise<void> {
    if (this.busy || !this.api.client) return;
    this.busy = true;
    try {
      await cancelMeeting(this.api.client, m.id);
      this.done = true;
      this.#opener = undefined;
      this.dialog?.close();
      this.emit('sdc-meeting-cancelled', { meeting: { ...m, status: 'annullato', statusCode: 5 } });
      await this.#data.run();
    } catch (e) {
      this.actionError = toSdcError(e);
      this.dialog?.close();
    } finally {
      this.busy = false;
    }
  }
}
