import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { configContext, type SdcConfig } from './context.js';
import { createSdcEvent, type SdcEventMap } from './events.js';
import { defineElement } from './define.js';
import { ensureContextRoot } from './context-root.js';
import { VERSION } from './version.js';
import { announceRenderRoot } from './render-roots.js';
import { toLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { loadMessages, onMessagesChange, withMessageScope, type ElementMessages } from '../i18n/messages.js';

/** Every connected element, for the document's one `lang` observer and the one messages listener (no per-element polling). */
const connected = new Set<SdcElement>();
let watching = false;

/**
 * Re-renders the elements whose language changed (a `lang` attribute anywhere in the document, `<html lang>`
 * included), and every element when a locale arrives or the page registers its wording.
 */
function watch(): void {
  if (watching) return;
  watching = true;
  new MutationObserver(() => {
    for (const el of connected) el.localeMaybeChanged();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onMessagesChange(() => {
    for (const el of connected) el.requestUpdate();
  });
}

/** The nearest `lang` up the composed tree (through shadow roots), then `<html lang>`. */
function inheritedLang(from: Element): string | null {
  let el: Element | null = from;
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.getAttribute('lang');
}

/**
 * Base of every public element: safe registration, typed events, configuration from
 * `<sdc-provider>` or from the element's own attributes (which win), and the resolved locale.
 */
export class SdcElement extends LitElement {
  static readonly version = VERSION;

  /** Registers `tag` for this class unless it is taken (see `defineElement`). */
  static define(tag: string): void {
    ensureContextRoot();
    defineElement(tag, this);
  }

  /** The OpenCity tenant base URL, e.g. `https://servizi.comune.example.it/lang`. Overrides the provider's. */
  @property({ attribute: 'base-url', reflect: true }) baseUrl?: string;

  /**
   * `it` (default), `en` or `de`. Falls back to the provider, then to the nearest `lang` attribute
   * (the element's own, an ancestor's, `<html lang>`); changes to any of them are followed live.
   */
  @property({ reflect: true }) locale?: Locale;

  /**
   * This element's own wording, by `namespace.key` (README, "Testi e lingue"), for its language
   * (`{ "sdc-pratica-wizard.submit": "Invia la domanda" }`) or per language (`{ "de": {…} }`).
   * Wins over `registerMessages`; applies to what the element and the elements inside it render.
   */
  @property({ type: Object }) texts?: ElementMessages;

  /** Configuration from the nearest `<sdc-provider>`, if any. @internal */
  @state() config?: SdcConfig;

  constructor() {
    super();
    // A controller rather than @consume: the decorator's code would ship on every page (issue 15).
    new ContextConsumer(this, { context: configContext, subscribe: true, callback: (config) => (this.config = config) });
  }

  /**
   * Shadow-DOM elements render into `<div class="sdc-root">` inside their shadow root, not into the root
   * itself. The host sits in the page's DOM, and a page rule such as `.content-area *{all:unset}` beats
   * any `:host` rule (the outer context wins for normal declarations): it makes the host inline,
   * content-box, 12px Verdana. The frame is ours alone, so the sizes, font and box-sizing that
   * `base` (styles/tokens.ts) sets on it always hold. Light-DOM elements override this and return `this`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The CDN loader watches shadow roots for kit tags (render-roots.ts).
    announceRenderRoot(root as Element | ShadowRoot);
    if (root === this || typeof document === 'undefined') return root;
    const frame = document.createElement('div');
    frame.className = 'sdc-root';
    root.append(frame);
    return frame;
  }

  /** Own attribute first, then the provider's. */
  get resolvedBaseUrl(): string | undefined {
    const url = this.baseUrl ?? this.config?.baseUrl;
    return url ? url.replace(/\/+$/, '') : undefined;
  }

  get resolvedLocale(): Locale {
    if (this.locale) return toLocale(this.locale);
    if (this.config?.locale) return toLocale(this.config.locale);
    return toLocale(inheritedLang(this));
  }

  #lastLocale?: Locale;
  #lastMessages?: ElementMessages;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Called by the document's `lang` observer. @internal */
  localeMaybeChanged(): void {
    if (this.resolvedLocale !== this.#lastLocale) this.requestUpdate();
  }

  /** Own `texts` first, then those of the kit's elements around it (through shadow roots). */
  #scope(): ElementMessages[] {
    const out: ElementMessages[] = [];
    let node: Node | null = this;
    while (node) {
      if (node instanceof SdcElement && node.texts) out.push(node.texts);
      const parent: Node | null = node.parentNode;
      node = parent instanceof ShadowRoot ? parent.host : parent;
    }
    return out;
  }

  protected override performUpdate(): void {
    const locale = this.resolvedLocale;
    this.#lastLocale = locale;
    // Italian renders at once; another locale renders Italian until its catalogues arrive, then again.
    if (locale !== DEFAULT_LOCALE) void loadMessages(locale);
    if (this.texts !== this.#lastMessages) {
      this.#lastMessages = this.texts;
      // Elements inside this one read its `texts` too (cheap: an element with nothing new re-renders nothing).
      for (const el of connected) if (el !== this) el.requestUpdate();
    }
    const scope = this.#scope();
    if (!scope.length) return super.performUpdate();
    withMessageScope(scope, () => super.performUpdate());
  }

  /** Fires a typed `sdc-*` event that bubbles out of shadow roots. Returns false when a listener cancelled it. */
  emit<K extends keyof SdcEventMap>(name: K, detail: SdcEventMap[K], init?: { cancelable?: boolean }): boolean {
    return this.dispatchEvent(createSdcEvent(name, detail, init));
  }
}
