/**
 * `<demo-embed-builder>`: "Componi il widget", the demo page where an ente's editor enters the OpenCity
 * address, picks an element and (from the live catalogue) a service, sees the element live and copies
 * the exact snippet. Light DOM, Bootstrap Italia markup, so it looks like the rest of the site.
 * Not part of the kit: it lives in demo/ and uses the kit as any page would.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../../src/core/version.js';
import type { Locale } from '../../src/i18n/locale.js';
import { builderMessages as tr } from './embed-builder.messages.js';
import { checkTenant, type TenantCheck } from './tenant-check.js';

type Key = Parameters<typeof tr>[1];

interface ElementChoice {
  tag: string;
  label: Key;
  hint: Key;
  /** 'required': the element shows one service; 'optional': it may; absent: no service. */
  service?: 'required' | 'optional';
  /** The one link attribute an editor usually sets, with its label and example. */
  link?: { attr: string; label: Key; placeholder: Key };
}

export const ELEMENTS: ElementChoice[] = [
  { tag: 'sdc-service-list', label: 'elServiceList', hint: 'elServiceListHint', link: { attr: 'service-url', label: 'linkServiceUrl', placeholder: 'linkServiceUrlPlaceholder' } },
  { tag: 'sdc-service-card', label: 'elServiceCard', hint: 'elServiceCardHint', service: 'required', link: { attr: 'wizard-url', label: 'linkWizardUrl', placeholder: 'linkWizardUrlPlaceholder' } },
  { tag: 'sdc-pratica-wizard', label: 'elWizard', hint: 'elWizardHint', service: 'required' },
  { tag: 'sdc-appointment-booking', label: 'elBooking', hint: 'elBookingHint', service: 'optional' },
  { tag: 'sdc-area-personale', label: 'elArea', hint: 'elAreaHint' },
  { tag: 'sdc-login', label: 'elLogin', hint: 'elLoginHint', link: { attr: 'area-personale-url', label: 'linkAreaUrl', placeholder: 'linkAreaUrlPlaceholder' } },
  { tag: 'sdc-feedback', label: 'elFeedback', hint: 'elFeedbackHint' },
];

/** The published bundle, pinned to this kit's version so a page never changes under the editor's feet. */
export const CDN_URL = `https://unpkg.com/sdc-widgets@${VERSION}/dist/cdn/sdc-widgets.js`;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let counter = 0;

export class DemoEmbedBuilder extends LitElement {
  /** The address the field starts with (the demo's own mock tenant, or the `?backend=` one). */
  @property({ attribute: 'default-base-url' }) defaultBaseUrl = '';
  @property() locale: Locale = 'it';
  /** Loads an element's definition before the preview shows it (the demo imports only what a page uses). */
  @property({ attribute: false }) loadElement?: (tag: string) => Promise<unknown>;
  /** For tests: the fetch the address check uses. */
  @property({ attribute: false }) fetchImpl?: typeof fetch;

  @state() private base = '';
  @state() private checking = false;
  @state() private result?: TenantCheck;
  @state() private tag = 'sdc-service-list';
  @state() private serviceId = '';
  @state() private link = '';
  @state() private copyState: '' | 'copied' | 'failed' = '';

  readonly #uid = `demo-builder-${++counter}`;
  #abort?: AbortController;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.base ||= this.defaultBaseUrl;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultBaseUrl') && !this.base) this.base = this.defaultBaseUrl;
  }

  /** The chosen element. */
  get choice(): ElementChoice {
    return ELEMENTS.find((e) => e.tag === this.tag) ?? ELEMENTS[0]!;
  }

  /** The base URL the snippet and the preview use: the checked one. */
  get checkedBase(): string | undefined {
    const r = this.result;
    return r?.kind === 'ok' || r?.kind === 'empty' ? r.base : undefined;
  }

  /** The element's attributes, in the order they are written. */
  chosenAttributes(): Array<[string, string]> {
    const c = this.choice;
    const attrs: Array<[string, string]> = [];
    if (c.service && this.serviceId) attrs.push(['service-id', this.serviceId]);
    if (c.link && this.link.trim()) attrs.push([c.link.attr, this.link.trim()]);
    return attrs;
  }

  /** The exact HTML to paste: the script, the provider with the tenant, the element. */
  get snippet(): string {
    const base = this.checkedBase;
    if (!base) return '';
    const attrs = this.chosenAttributes().map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    return `<script type="module" src="${CDN_URL}"></script>\n\n`
      + `<sdc-provider base-url="${escapeAttr(base)}">\n`
      + `  <${this.tag}${attrs}></${this.tag}>\n`
      + '</sdc-provider>\n';
  }

  async check(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.checking = true;
    this.copyState = '';
    try {
      const result = await checkTenant(this.base, { fetch: this.fetchImpl, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.result = result;
      if (result.kind === 'ok' && !result.services.some((s) => s.id === this.serviceId)) this.serviceId = result.services[0]!.id;
      if (result.kind !== 'ok') this.serviceId = '';
    } catch {
      // Aborted by a newer check: that one reports.
    } finally {
      if (!abort.signal.aborted) this.checking = false;
    }
  }

  #onSubmit(e: SubmitEvent) {
    e.preventDefault();
    void this.check();
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copyState = 'copied';
    } catch {
      // No clipboard permission (an http page, a browser setting): select the code for Ctrl+C.
      const code = this.querySelector('pre code');
      if (code) getSelection()?.selectAllChildren(code);
      this.copyState = 'failed';
    }
  }

  protected override updated(): void {
    void this.#renderPreview();
  }

  #previewKey = '';

  /** The live element, built with DOM calls (never HTML from the fields) inside its own provider. */
  async #renderPreview() {
    const host = this.querySelector<HTMLElement>(`#${this.#uid}-preview`);
    const base = this.checkedBase;
    const key = JSON.stringify([base, this.tag, this.chosenAttributes()]);
    if (!host || key === this.#previewKey) return;
    this.#previewKey = key;
    if (!base) {
      host.replaceChildren();
      return;
    }
    const tag = this.tag;
    await this.loadElement?.(tag);
    if (key !== this.#previewKey) return;
    const provider = document.createElement('sdc-provider');
    provider.setAttribute('base-url', base);
    const el = document.createElement(tag);
    for (const [k, v] of this.chosenAttributes()) el.setAttribute(k, v);
    provider.append(el);
    host.replaceChildren(provider);
  }

  #problem(r: TenantCheck) {
    const l = this.locale;
    const alert = (title: string, ...body: string[]) => html`<div class="alert alert-danger mt-3" role="alert">
      <h3 class="h5">${title}</h3>${body.map((p) => html`<p class="mb-2">${p}</p>`)}
      <button type="button" class="btn btn-outline-primary btn-sm" @click=${() => this.check()}>${tr(l, 'retry')}</button>
    </div>`;
    switch (r.kind) {
      case 'invalid-url': return html`<div class="alert alert-danger mt-3" role="alert"><p class="mb-0">${tr(l, 'invalidUrl')}</p></div>`;
      case 'not-json': return alert(tr(l, 'notJsonTitle'), tr(l, 'notJson', { url: r.url }));
      case 'not-found': return alert(tr(l, 'notFoundTitle'), tr(l, 'notFound', { url: r.url }));
      case 'cors': return alert(tr(l, 'corsTitle'), tr(l, 'cors', { origin: r.origin }), tr(l, 'corsCheck'), tr(l, 'corsAsk', { origin: r.origin }));
      case 'unreachable': return alert(tr(l, 'unreachableTitle'), tr(l, 'unreachable', { host: r.host }));
      case 'server-error': return alert(tr(l, 'serverErrorTitle'), tr(l, 'serverError', { url: r.url, status: r.status }));
      case 'not-opencity': return alert(tr(l, 'notOpencityTitle'), tr(l, 'notOpencity', { url: r.url }));
      case 'empty': return html`<div class="alert alert-warning mt-3" role="alert"><h3 class="h5">${tr(l, 'emptyTitle')}</h3><p class="mb-2">${tr(l, 'empty')}</p>
        <button type="button" class="btn btn-outline-primary btn-sm" @click=${() => this.check()}>${tr(l, 'retry')}</button></div>`;
      default: return nothing;
    }
  }

  protected override render() {
    const l = this.locale;
    const id = this.#uid;
    const r = this.result;
    const services = r?.kind === 'ok' ? r.services : [];
    const c = this.choice;
    const needsService = Boolean(c.service);
    const snippet = this.snippet;
    return html`
      <p class="lead">${tr(l, 'intro')}</p>
      <form class="mb-5" novalidate @submit=${this.#onSubmit} aria-labelledby="${id}-t1">
        <h2 class="h4" id="${id}-t1">${tr(l, 'stepTenant')}</h2>
        <div class="form-group mb-2">
          <label for="${id}-base" class="active">${tr(l, 'baseLabel')}</label>
          <input id="${id}-base" class="form-control" type="url" inputmode="url" autocomplete="url" spellcheck="false"
            aria-describedby="${id}-base-hint" .value=${this.base}
            aria-invalid=${r?.kind === 'invalid-url' ? 'true' : 'false'}
            @input=${(e: InputEvent) => { this.base = (e.target as HTMLInputElement).value; }}>
          <small id="${id}-base-hint" class="form-text">${tr(l, 'baseHint')}</small>
        </div>
        <button type="submit" class="btn btn-primary" ?disabled=${this.checking} aria-busy=${this.checking ? 'true' : 'false'}>
          ${this.checking ? tr(l, 'checking') : tr(l, 'check')}
        </button>
        <div aria-live="polite">
          ${r?.kind === 'ok' && !this.checking ? html`<div class="alert alert-success mt-3" role="status"><p class="mb-0">${tr(l, 'ok', { count: r.services.length })}</p></div>` : nothing}
        </div>
        ${r && !this.checking ? this.#problem(r) : nothing}
      </form>

      <fieldset class="mb-5">
        <legend class="h4">${tr(l, 'stepElement')}</legend>
        ${ELEMENTS.map((e) => html`
          <div class="form-check">
            <input class="form-check-input" type="radio" name="${id}-el" id="${id}-${e.tag}" .checked=${e.tag === this.tag}
              aria-describedby="${id}-${e.tag}-hint" @change=${() => { this.tag = e.tag; this.link = ''; this.copyState = ''; }}>
            <label class="form-check-label" for="${id}-${e.tag}">${tr(l, e.label)} <code>&lt;${e.tag}&gt;</code></label>
            <small id="${id}-${e.tag}-hint" class="form-text d-block">${tr(l, e.hint)}</small>
          </div>`)}
        ${c.link ? html`
          <div class="form-group mb-0">
            <label for="${id}-link" class="active">${tr(l, c.link.label)}</label>
            <input id="${id}-link" class="form-control" type="text" spellcheck="false" aria-describedby="${id}-link-hint" .value=${this.link}
              @input=${(e: InputEvent) => { this.link = (e.target as HTMLInputElement).value; }}>
            <small id="${id}-link-hint" class="form-text">${tr(l, 'linkHint', { placeholder: tr(l, c.link.placeholder) })}</small>
          </div>` : nothing}
      </fieldset>

      ${needsService ? html`
        <section class="mb-5" aria-labelledby="${id}-t3">
          <h2 class="h4" id="${id}-t3">${tr(l, 'stepService')}</h2>
          <div class="select-wrapper">
            <label for="${id}-service">${tr(l, 'serviceLabel')}</label>
            <select id="${id}-service" aria-describedby="${id}-service-hint" ?disabled=${services.length === 0}
              @change=${(e: Event) => { this.serviceId = (e.target as HTMLSelectElement).value; }}>
              ${c.service === 'optional' ? html`<option value="" ?selected=${!this.serviceId}>${tr(l, 'serviceNone')}</option>` : nothing}
              ${services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.serviceId}>${s.name}</option>`)}
            </select>
            <small id="${id}-service-hint" class="form-text">${tr(l, 'serviceHint')}</small>
          </div>
        </section>` : nothing}

      <section class="mb-5" aria-labelledby="${id}-t4">
        <h2 class="h4" id="${id}-t4">${tr(l, 'stepPreview')}</h2>
        <p>${this.checkedBase ? tr(l, 'previewNote') : tr(l, 'previewEmpty')}</p>
        <div class="demo-builder__preview" id="${id}-preview"></div>
      </section>

      <section class="mb-5" aria-labelledby="${id}-t5">
        <h2 class="h4" id="${id}-t5">${tr(l, 'stepCode')}</h2>
        ${snippet ? html`
          <p id="${id}-code-hint">${tr(l, 'codeHint')}</p>
          <pre class="demo-builder__code" tabindex="0" aria-labelledby="${id}-t5" aria-describedby="${id}-code-hint"><code>${snippet}</code></pre>
          <button type="button" class="btn btn-primary" @click=${() => this.#copy()}>${tr(l, 'copy')}</button>
          <p class="mt-2" role="status">${this.copyState ? tr(l, this.copyState === 'copied' ? 'copied' : 'copyFailed') : ''}</p>`
        : html`<p>${tr(l, 'previewEmpty')}</p>`}
      </section>`;
  }
}

if (!customElements.get('demo-embed-builder')) customElements.define('demo-embed-builder', DemoEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'demo-embed-builder': DemoEmbedBuilder;
  }
}
