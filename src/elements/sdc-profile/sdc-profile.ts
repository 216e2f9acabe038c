import { html, nothing, css, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderLoading, renderError, renderLogin, stateStyles } from '../../ui/states.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { renderTextField, renderDateField, renderChoiceField, fieldStyles } from '../../ui/fields/index.js';
import { renderErrorSummary, focusErrorSummary, errorSummaryStyles, type SummaryItem } from '../../ui/error-summary.js';
import type { FieldNode, FormioComponent } from '../../forms/types.js';
import { checkCap, checkEmail, checkPhone } from '../../forms/italian.js';
import { formatDate } from '../../i18n/format.js';
import { getCurrentCitizen } from '../../api/users.js';
import { updateCitizen } from '../../api/user-update.js';
import type { Citizen, CitizenField, CitizenPatch, PostalAddress } from '../../domain/citizen.js';
import { messages as t } from './sdc-profile.messages.js';
import { requireCitizen, needsLogin, errorText } from '../../controllers/session-gate.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen saved profile changes. */
    'sdc-profile-saved': { citizen: Citizen };
  }
}

type MsgKey = Parameters<typeof t>[1];
type AddressKey = keyof PostalAddress;
const ADDRESS_KEYS: AddressKey[] = ['address', 'postalCode', 'municipality', 'province', 'country'];
type Values = Record<string, string>;

/** Backend field names of `PATCH /api/users/{id}` (opencity-api.md §4.8 v1 keys) → form paths, for server errors. */
const WIRE_TO_PATH: Record<string, string> = {
  nome: 'givenName', cognome: 'familyName', codice_fiscale: 'fiscalCode', sesso: 'gender',
  data_nascita: 'birthDate', luogo_nascita: 'birthPlace', provincia_nascita: 'birthProvince', stato_nascita: 'birthCountry',
  email: 'email', cellulare: 'mobilePhone', telefono: 'phone',
  indirizzo_residenza: 'res.address', cap_residenza: 'res.postalCode', citta_residenza: 'res.municipality',
  provincia_residenza: 'res.province', stato_residenza: 'res.country',
  indirizzo_domicilio: 'dom.address', cap_domicilio: 'dom.postalCode', citta_domicilio: 'dom.municipality',
  provincia_domicilio: 'dom.province', stato_domicilio: 'dom.country',
};

const LABEL_OF: Record<string, MsgKey> = {
  givenName: 'givenName', familyName: 'familyName', fiscalCode: 'fiscalCode', gender: 'gender',
  birthDate: 'birthDate', birthPlace: 'birthPlace', birthProvince: 'birthProvince', birthCountry: 'birthCountry',
  email: 'email', mobilePhone: 'mobilePhone', phone: 'phone',
};

/** `1980-03-27` ↔ `27/03/1980` (the day field's dd/mm/yyyy value). */
function isoToDay(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
function dayToIso(day: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(day.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || y < 1900) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function valuesOf(c: Citizen): Values {
  const v: Values = {
    givenName: c.givenName, familyName: c.familyName, fiscalCode: c.fiscalCode, gender: c.gender ?? '',
    birthDate: isoToDay(c.birthDate), birthPlace: c.birthPlace ?? '', birthProvince: c.birthProvince ?? '',
    birthCountry: c.birthCountry ?? '', email: c.email ?? '', mobilePhone: c.mobilePhone ?? '', phone: c.phone ?? '',
  };
  for (const k of ADDRESS_KEYS) {
    v[`res.${k}`] = c.residence[k] ?? '';
    v[`dom.${k}`] = c.domicile[k] ?? '';
  }
  return v;
}

/**
 * Shows the logged-in citizen's data as the backend holds it (opencity-api.md §3.2) and lets them change
 * what the ente allows; an anonymous citizen sees "Accedi". Used by `<sdc-area-personale>` for "Profilo".
 *
 * @tag sdc-profile
 * @summary The citizen's profile: contacts, residenza, domicilio and birth data editable; name, surname and
 * codice fiscale from SPID/CIE shown read-only with the reason. Validates CAP, phone, email and province,
 * saves with PATCH, maps server errors to fields and never loses what was typed.
 *
 * @event sdc-profile-saved - The changes were saved; `detail.citizen` is the profile as now stored.
 * @csspart error-summary - The “C’è un problema” box listing the fields to fix.
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
 * @cssprop --sdc-color-danger - Errors.
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
export class SdcProfile extends SdcElement {
  static override styles = [
    tokens, base, controls, stateStyles, alertStyles, fieldStyles, errorSummaryStyles,
    css`
      .section { margin: 0 0 calc(var(--_space) * 4); padding: calc(var(--_space) * 3); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
      .section > legend, .section h3 { font-size: 1.375rem; font-weight: 600; margin: 0 0 var(--_space); padding: 0; }
      /* A floated legend sits inside the fieldset's border box like a heading (Bootstrap Italia pattern). */
      .section > legend { float: left; width: 100%; }
      .section > legend + * { clear: left; }
      .note { color: var(--_muted); margin: 0 0 calc(var(--_space) * 2); }
      .grid { display: grid; gap: 0 calc(var(--_space) * 3); grid-template-columns: 1fr; }
      @media (min-width: 768px) { .grid { grid-template-columns: repeat(2, minmax(0, 1fr)); } .grid .wide { grid-column: 1 / -1; } }
      .view { display: grid; grid-template-columns: 1fr; gap: calc(var(--_space) * 2); margin: 0; }
      @media (min-width: 768px) { .view { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
      .view dt { font-size: 0.875rem; color: var(--_muted); }
      .view dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
      .view .empty { font-weight: 400; color: var(--_muted); font-style: italic; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--_space); }
      .status:focus { outline: none; }
      /* Readonly, not disabled (pa-domain.md §4.2): focusable and announced, visibly not editable. */
      input[readonly] { background: var(--_neutral-soft); border-style: dashed; }
    `,
  ];

  readonly api = new ApiController(this);

  /** Hide the element's own "Il mio profilo" heading (the area personale titles the section). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private mode: 'view' | 'edit' = 'view';
  @state() private values: Values = {};
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private saving = false;
  /** The session expired while editing: the form stays, with a way to log in again. */
  @state() private loginNeeded = false;
  @state() private message = '';
  /** The profile as last loaded or saved (the baseline of the PATCH). */
  @state() private citizen?: Citizen;

  private readonly load = new Task(this, {
    task: async ([client], { signal }) => {
      const c = await requireCitizen(client, signal);
      const citizen = await getCurrentCitizen(c, { signal, dedupe: false });
      this.citizen = citizen;
      return citizen;
    },
    args: () => [this.api.client] as const,
  });

  protected override render() {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    if ((st === 'anonymous' || st === 'expired') && this.mode !== 'edit') return renderLogin(locale, this.api.loginUrl());
    return html`${this.noHeading ? nothing : html`<h2>${t(locale, 'heading')}</h2>`}
      ${this.load.render({
        initial: () => renderLoading(locale, 8),
        pending: () => (this.citizen ? this.#renderBody(this.citizen) : renderLoading(locale, 8)),
        error: (e) => (needsLogin(e) ? renderLogin(locale, this.api.loginUrl()) : renderError(locale, errorText(e, locale), () => void this.load.run())),
        complete: () => this.#renderBody(this.citizen!),
      })}`;
  }

  #renderBody(c: Citizen) {
    return this.mode === 'edit' ? this.#renderForm(c) : this.#renderView(c);
  }

  // --- view ---------------------------------------------------------------------------------------

  #renderView(c: Citizen) {
    const locale = this.resolvedLocale;
    const v = valuesOf(c);
    const row = (label: MsgKey, value: string | undefined) => html`<div><dt>${t(locale, label)}</dt><dd>${value
      ? value : html`<span class="empty">${t(locale, 'notProvided')}</span>`}</dd></div>`;
    const addr = (prefix: 'res' | 'dom') => ADDRESS_KEYS.map((k) => row(k, v[`${prefix}.${k}`]));
    return html`
      <div class="status" tabindex="-1">${this.message ? renderAlert('success', this.message) : nothing}</div>
      <section class="section" aria-labelledby="v-identity">
        <h3 id="v-identity">${t(locale, 'identity')}</h3>
        <p class="note">${t(locale, 'identityNote')}</p>
        <dl class="view">
          ${row('givenName', c.givenName)} ${row('familyName', c.familyName)} ${row('fiscalCode', c.fiscalCode)}
          ${row('gender', c.gender ? t(locale, c.gender === 'M' ? 'male' : 'female') : '')}
          ${row('birthDate', formatDate(c.birthDate, locale))} ${row('birthPlace', c.birthPlace)}
          ${row('birthProvince', c.birthProvince)} ${row('birthCountry', c.birthCountry)}
        </dl>
      </section>
      <section class="section" aria-labelledby="v-contacts">
        <h3 id="v-contacts">${t(locale, 'contacts')}</h3>
        <dl class="view">${row('email', c.email)} ${row('mobilePhone', c.mobilePhone)} ${row('phone', c.phone)}</dl>
      </section>
      <section class="section" aria-labelledby="v-res">
        <h3 id="v-res">${t(locale, 'residence')}</h3>
        <dl class="view">${addr('res')}</dl>
      </section>
      <section class="section" aria-labelledby="v-dom">
        <h3 id="v-dom">${t(locale, 'domicile')}</h3>
        <dl class="view">${addr('dom')}</dl>
      </section>
      <div class="buttons"><button type="button" class="btn" data-action="edit" @click=${() => this.#startEdit(c)}>${t(locale, 'edit')}</button></div>
    `;
  }

  async #startEdit(c: Citizen): Promise<void> {
    this.values = valuesOf(c);
    this.errors = {};
    this.formError = '';
    this.message = '';
    this.mode = 'edit';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#p-email')?.focus();
  }

  async #cancel(): Promise<void> {
    this.mode = 'view';
    this.errors = {};
    this.formError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="edit"]')?.focus();
  }

  // --- edit ---------------------------------------------------------------------------------------

  #node(path: string, label: string, control: FieldNode['control'], extra: Partial<FieldNode> = {}): FieldNode {
    const locked = extra.locked ?? false;
    return {
      kind: 'field', id: `p-${path.replace('.', '-')}`, type: control, key: path, path, label, hideLabel: false, visible: true,
      component: {} as FormioComponent, control, required: false, locked, disabled: false, readonly: locked,
      prefilled: false, multiple: false, ...extra,
    };
  }

  #field(node: FieldNode): TemplateResult {
    const raw = this.values[node.path] ?? '';
    // A locked sex is shown as its word, not its code.
    const value = node.path === 'gender' && node.locked && raw ? t(this.resolvedLocale, raw === 'F' ? 'female' : 'male') : raw;
    const p = {
      node,
      value,
      locale: this.resolvedLocale,
      error: this.errors[node.path],
      onChange: (path: string, value: unknown) => this.#set(path, value),
    };
    if (node.control === 'day') return renderDateField(p);
    if (node.control === 'select') return renderChoiceField(p);
    return renderTextField(p);
  }

  #set(path: string, value: unknown): void {
    let v: string;
    if (value && typeof value === 'object' && 'day' in value) {
      const d = value as { day: string; month: string; year: string };
      v = d.day || d.month || d.year ? `${d.day}/${d.month}/${d.year}` : '';
    } else v = value == null ? '' : String(value);
    // Never write a read-only value, whatever the DOM sends.
    if (this.#locked(path)) return;
    this.values = { ...this.values, [path]: v };
  }

  #locked(path: string): boolean {
    return (this.citizen?.readOnlyFields ?? ['givenName', 'familyName', 'fiscalCode']).includes(path as CitizenField);
  }

  #renderForm(c: Citizen) {
    const locale = this.resolvedLocale;
    const lk = (f: CitizenField) => this.#locked(f);
    const items: SummaryItem[] = Object.entries(this.errors).map(([path, text]) => ({ targetId: `p-${path.replace('.', '-')}`, text }));
    const address = (prefix: 'res' | 'dom') => html`<div class="grid">
      <div class="wide">${this.#field(this.#node(`${prefix}.address`, t(locale, 'address'), 'text', { autocomplete: prefix === 'res' ? 'street-address' : undefined }))}</div>
      ${this.#field(this.#node(`${prefix}.postalCode`, t(locale, 'postalCode'), 'text', { inputMode: 'numeric', maxLength: 5, autocomplete: prefix === 'res' ? 'postal-code' : undefined }))}
      ${this.#field(this.#node(`${prefix}.municipality`, t(locale, 'municipality'), 'text', { autocomplete: prefix === 'res' ? 'address-level2' : undefined }))}
      ${this.#field(this.#node(`${prefix}.province`, t(locale, 'province'), 'text', { maxLength: 2, description: t(locale, 'provinceHint'), autocomplete: prefix === 'res' ? 'address-level1' : undefined }))}
      ${this.#field(this.#node(`${prefix}.country`, t(locale, 'country'), 'text', { autocomplete: prefix === 'res' ? 'country-name' : undefined }))}
    </div>`;
    return html`
      ${renderErrorSummary({ locale, items, root: () => this.renderRoot })}
      <div class="form-error status" tabindex="-1">${this.formError
        ? renderAlert('danger', html`<p>${this.formError}</p>${this.loginNeeded && this.api.loginUrl()
            ? html`<p><a href=${this.api.loginUrl()!}>${t(locale, 'loginAgain')}</a></p>` : nothing}`, t(locale, 'saveError'))
        : nothing}</div>
      <form novalidate @submit=${(e: Event) => void this.#save(e, c)}>
        <fieldset class="section">
          <legend>${t(locale, 'identity')}</legend>
          <p class="note" id="identity-note">${t(locale, 'identityNote')}</p>
          <div class="grid">
            ${this.#field(this.#node('givenName', t(locale, 'givenName'), 'text', { locked: lk('givenName'), autocomplete: 'given-name' }))}
            ${this.#field(this.#node('familyName', t(locale, 'familyName'), 'text', { locked: lk('familyName'), autocomplete: 'family-name' }))}
            ${this.#field(this.#node('fiscalCode', t(locale, 'fiscalCode'), 'text', { locked: lk('fiscalCode') }))}
            ${lk('gender')
              ? this.#field(this.#node('gender', t(locale, 'gender'), 'text', { locked: true }))
              : this.#field(this.#node('gender', t(locale, 'gender'), 'select', { options: [{ value: 'M', label: t(locale, 'male') }, { value: 'F', label: t(locale, 'female') }] }))}
            <div class="wide">${this.#field(this.#node('birthDate', t(locale, 'birthDate'), 'day', { dayFirst: true, autocomplete: 'bday' }))}</div>
            ${this.#field(this.#node('birthPlace', t(locale, 'birthPlace'), 'text'))}
            ${this.#field(this.#node('birthProvince', t(locale, 'birthProvince'), 'text', { locked: lk('birthProvince'), maxLength: 2, description: lk('birthProvince') ? undefined : t(locale, 'provinceHint') }))}
            ${this.#field(this.#node('birthCountry', t(locale, 'birthCountry'), 'text'))}
          </div>
        </fieldset>
        <fieldset class="section">
          <legend>${t(locale, 'contacts')}</legend>
          <p class="note">${t(locale, 'contactsNote')}</p>
          <div class="grid">
            <div class="wide">${this.#field(this.#node('email', t(locale, 'email'), 'email', { autocomplete: 'email', inputMode: 'email' }))}</div>
            ${this.#field(this.#node('mobilePhone', t(locale, 'mobilePhone'), 'tel', { autocomplete: 'tel', description: t(locale, 'phoneHint') }))}
            ${this.#field(this.#node('phone', t(locale, 'phone'), 'tel', { description: t(locale, 'phoneHint') }))}
          </div>
        </fieldset>
        <fieldset class="section">
          <legend>${t(locale, 'residence')}</legend>
          ${address('res')}
        </fieldset>
        <fieldset class="section">
          <legend>${t(locale, 'domicile')}</legend>
          <p class="note">${t(locale, 'domicileNote')}</p>
          ${address('dom')}
        </fieldset>
        <div class="buttons">
          <button type="submit" class="btn" data-action="save" aria-disabled=${this.saving ? 'true' : 'false'}>${this.saving ? t(locale, 'saving') : t(locale, 'save')}</button>
          <button type="button" class="btn btn-outline" ?disabled=${this.saving} @click=${() => void this.#cancel()}>${t(locale, 'cancel')}</button>
        </div>
      </form>`;
  }

  #validate(): Record<string, string> {
    const locale = this.resolvedLocale;
    const v = this.values;
    const errors: Record<string, string> = {};
    const where = (path: string) => (path.startsWith('res.') ? ` (${t(locale, 'residence')})` : path.startsWith('dom.') ? ` (${t(locale, 'domicile')})` : '');
    if (v.email && !checkEmail(v.email).ok) errors.email = t(locale, 'errEmail');
    for (const k of ['mobilePhone', 'phone']) if (v[k] && !checkPhone(v[k]).ok) errors[k] = t(locale, 'errPhone');
    if (v.birthDate && !this.#locked('birthDate')) {
      const iso = dayToIso(v.birthDate);
      if (!iso) errors.birthDate = t(locale, 'errBirthDate');
      else if (new Date(`${iso}T00:00:00`) > new Date()) errors.birthDate = t(locale, 'errBirthFuture');
    }
    if (v.birthProvince && !this.#locked('birthProvince') && !/^[A-Za-z]{2}$/.test(v.birthProvince.trim())) errors.birthProvince = t(locale, 'errProvince');
    for (const p of ['res', 'dom']) {
      const country = (v[`${p}.country`] ?? '').trim().toLowerCase();
      const italy = country === '' || country === 'italia' || country === 'italy' || country === 'it';
      const cap = v[`${p}.postalCode`];
      if (cap && italy && !checkCap(cap).ok) errors[`${p}.postalCode`] = t(locale, 'errCap') + where(`${p}.`);
      const prov = v[`${p}.province`];
      if (prov && !/^[A-Za-z]{2}$/.test(prov.trim())) errors[`${p}.province`] = t(locale, 'errProvince') + where(`${p}.`);
    }
    return errors;
  }

  /** Only what changed, never the SPID/CIE fields: the PATCH leaves everything else as it is. */
  #patch(c: Citizen): CitizenPatch {
    const before = valuesOf(c);
    const v = this.values;
    const patch: CitizenPatch = {};
    const changed = (k: string) => (v[k] ?? '').trim() !== (before[k] ?? '').trim() && !this.#locked(k);
    for (const k of ['email', 'mobilePhone', 'phone', 'birthPlace', 'birthCountry'] as const) if (changed(k)) patch[k] = v[k]!.trim();
    if (changed('birthProvince')) patch.birthProvince = v.birthProvince!.trim().toUpperCase();
    if (changed('gender')) patch.gender = v.gender === 'F' ? 'F' : 'M';
    if (changed('birthDate')) patch.birthDate = v.birthDate ? dayToIso(v.birthDate) : '';
    for (const [p, field] of [['res', 'residence'], ['dom', 'domicile']] as const) {
      const addr: PostalAddress = {};
      for (const k of ADDRESS_KEYS) {
        if (changed(`${p}.${k}`)) addr[k] = k === 'province' ? v[`${p}.${k}`]!.trim().toUpperCase() : v[`${p}.${k}`]!.trim();
      }
      if (Object.keys(addr).length) patch[field] = addr;
    }
    return patch;
  }

  async #save(e: Event, c: Citizen): Promise<void> {
    e.preventDefault();
    const locale = this.resolvedLocale;
    if (this.saving) return;
    this.formError = '';
    this.errors = this.#validate();
    if (Object.keys(this.errors).length) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    const patch = this.#patch(c);
    if (Object.keys(patch).length === 0) {
      this.message = t(locale, 'noChanges');
      this.mode = 'view';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
      return;
    }
    const client = this.api.client;
    if (!client) return;
    this.saving = true;
    try {
      const saved = await updateCitizen(client, c.id, patch);
      this.citizen = saved;
      this.message = t(locale, 'saved');
      this.mode = 'view';
      this.emit('sdc-profile-saved', { citizen: saved });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
    } catch (err) {
      this.#showSaveError(err);
      await this.updateComplete;
      if (Object.keys(this.errors).length) focusErrorSummary(this.renderRoot);
      else this.renderRoot.querySelector<HTMLElement>('.form-error')?.focus();
    } finally {
      this.saving = false;
    }
  }

  /** Server field errors go next to their fields; the rest is one alert. What was typed stays in the form. */
  #showSaveError(err: unknown): void {
    const locale = this.resolvedLocale;
    this.loginNeeded = err instanceof SdcError && err.kind === 'unauthorized';
    const errors: Record<string, string> = {};
    const loose: string[] = [];
    if (err instanceof SdcError && err.fields) {
      for (const [key, msgs] of Object.entries(err.fields)) {
        const path = WIRE_TO_PATH[key] ?? (key in LABEL_OF ? key : undefined);
        if (path && !this.#locked(path)) errors[path] = msgs.join(' ');
        else loose.push(...msgs);
      }
    }
    this.errors = errors;
    if (Object.keys(errors).length === 0 || loose.length) {
      const reason = [errorText(err, locale) ?? '', ...loose].filter(Boolean).join(' ');
      this.formError = t(locale, 'saveErrorText', { reason });
    }
  }
}
