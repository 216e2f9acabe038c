import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { adoptLightStyles } from '../../core/light-styles.js';
import type { Session } from '../../api/session.js';
import type { SdcLogin } from './sdc-login.js';
import { loginMessages as t } from './sdc-login.messages.js';
import { signedInStyles } from './signed-in.styles.js';
import { UnreadBadge } from './unread-badge.js';

let counter = 0;

/**
 * The signed-in citizen's part of `<sdc-login>`: name, menu ("Area personale", unread messages,
 * "Esci") and the unread count. Its own chunk, imported once a citizen's token arrives: an anonymous
 * visitor's page never downloads it (issue 15).
 */
export class SignedInMenu implements ReactiveController {
  #open = false;
  readonly #uid = `sdc-login-${++counter}`;
  /** Unread messages across pratiche, linked to the area personale's Messaggi tab. */
  readonly #unread: UnreadBadge;
  readonly #onDocumentClick = (e: MouseEvent): void => {
    if (this.#open && !e.composedPath().includes(this.host)) this.#setOpen(false);
  };

  constructor(private readonly host: SdcLogin) {
    adoptLightStyles(signedInStyles);
    this.#unread = new UnreadBadge(host, () => host.api.client, () => host.api.state === 'authenticated');
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('click', this.#onDocumentClick);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#onDocumentClick);
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    this.host.requestUpdate();
  }

  readonly #toggle = (): void => this.#setOpen(!this.#open);

  readonly #onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#open) {
      e.preventDefault();
      this.#setOpen(false);
      this.host.querySelector<HTMLButtonElement>('.sdc-login__toggle')?.focus();
    }
  };

  readonly #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (this.#open && next && !this.host.contains(next)) this.#setOpen(false);
  };

  readonly #logout = (): void => {
    this.#setOpen(false);
    const go = this.host.emit('sdc-logout', {}, { cancelable: true });
    this.host.api.session?.logout({ navigate: go });
  };

  render(session: Session): TemplateResult {
    const host = this.host;
    const locale = host.resolvedLocale;
    const c = session.citizen;
    const name = c ? c.fullName || `${c.givenName} ${c.familyName}`.trim() : '';
    const shown = name || t(locale, 'citizen');
    const initials = (c ? `${c.givenName.charAt(0)}${c.familyName.charAt(0)}` : '').toUpperCase() || '•';
    const area = host.areaPersonaleUrl ?? host.config?.areaPersonaleUrl;
    const menuId = `${this.#uid}-menu`;
    const count = this.#unread.count;
    const n = count ?? 0;
    const unreadText = n === 0 ? t(locale, 'messagesNone') : n === 1 ? t(locale, 'messagesOne') : t(locale, 'messagesMany', { count: n });
    return html`<div class="sdc-login sdc-login--in" @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
      <button type="button" class="btn btn-primary btn-icon sdc-login__toggle" aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls=${menuId} @click=${this.#toggle}>
        <span class="sdc-login__avatar" aria-hidden="true">${initials}</span>
        <span class="sdc-login__name">${shown}</span>
        ${count ? html`<span class="sdc-login__badge" aria-hidden="true">${count}</span><span class="visually-hidden">, ${unreadText}</span>` : nothing}
        <svg class="sdc-login__chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 15.6 5.4 9l1.2-1.2 5.4 5.4 5.4-5.4L18.6 9z"/></svg>
      </button>
      <div class="sdc-login__menu link-list-wrapper shadow" id=${menuId} ?hidden=${!this.#open}>
        <ul class="link-list">
          ${area ? html`<li><a class="list-item sdc-login__item" href=${area}><span>${t(locale, 'areaPersonale')}</span></a></li>` : nothing}
          ${area && count !== undefined ? html`<li><a class="list-item sdc-login__item sdc-login__messages" href=${messagesUrl(area)}><span>${unreadText}</span></a></li>` : nothing}
          <li><button type="button" class="list-item sdc-login__item sdc-login__logout" @click=${this.#logout}><span>${t(locale, 'logout')}</span></button></li>
        </ul>
      </div>
    </div>`;
  }
}

/** The area personale's Messaggi tab (`#/messaggi`, its hash route). */
function messagesUrl(area: string): string {
  return `${area.replace(/#.*$/, '')}#/messaggi`;
}
