import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configContext, type SdcConfig } from './context.js';
import { createSdcEvent, type SdcEventMap } from './events.js';
import { defineElement } from './define.js';
import { ensureContextRoot } from './context-root.js';
import { VERSION } from './version.js';
import { announceRenderRoot } from './render-roots.js';
import { toLocale, type Locale } from '../i18n/locale.js';

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

  /** `it` (default) or `en`. Falls back to the provider, then to the nearest `lang` attribute. */
  @property({ reflect: true }) locale?: Locale;

  /** Configuration from the nearest `<sdc-provider>`, if any. @internal */
  @consume({ context: configContext, subscribe: true })
  @state()
  config?: SdcConfig;

  /** Lets the CDN loader watch this element's shadow root for kit tags (render-roots.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    announceRenderRoot(root as Element | ShadowRoot);
    return root;
  }

  /** Own attribute first, then the provider's. */
  get resolvedBaseUrl(): string | undefined {
    const url = this.baseUrl ?? this.config?.baseUrl;
    return url ? url.replace(/\/+$/, '') : undefined;
  }

  get resolvedLocale(): Locale {
    if (this.locale) return toLocale(this.locale);
    if (this.config?.locale) return toLocale(this.config.locale);
    return toLocale(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** Fires a typed `sdc-*` event that bubbles out of shadow roots. Returns false when a listener cancelled it. */
  emit<K extends keyof SdcEventMap>(name: K, detail: SdcEventMap[K], init?: { cancelable?: boolean }): boolean {
    return this.dispatchEvent(createSdcEvent(name, detail, init));
  }
}
