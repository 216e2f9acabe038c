import { css } from 'lit';

/**
 * The signed-in citizen's button and menu (./signed-in.ts), adopted when that part arrives. Bootstrap
 * Italia styles `btn`, `link-list` and `list-item` where the page has it.
 */
export const signedInStyles = css`
  :where(sdc-login) .sdc-login__toggle {
    display: inline-flex; align-items: center; gap: 8px; min-height: 44px; padding: 6px 16px 6px 6px; border-radius: 4px; white-space: nowrap;
  }
  :where(sdc-login) .sdc-login__avatar {
    display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; border-radius: 50%;
    background: #fff; color: var(--_sdc-primary); flex: none; margin: 0;
    font-size: 0.8rem; font-weight: 700; letter-spacing: 0.02em;
  }
  :where(sdc-login) .sdc-login__name { max-width: 18ch; overflow: hidden; text-overflow: ellipsis; }
  :where(sdc-login) .sdc-login__toggle[aria-expanded='true'] .sdc-login__chevron { transform: rotate(180deg); }
  @media (max-width: 767px) {
    :where(sdc-login) .sdc-login__name {
      position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }
    :where(sdc-login) .sdc-login__toggle { padding-right: 8px; }
  }
  :where(sdc-login) .sdc-login__menu {
    position: absolute; top: calc(100% + 4px); right: 0; z-index: 1056; /* above Bootstrap Italia's navbar (1055) */ min-width: 220px; padding: 8px 0;
    background: #fff; border-radius: 4px; box-shadow: 0 4px 24px rgb(0 0 0 / 20%);
  }
  /* !important: a page's unlayered ul margin (Bootstrap Italia's reboot) would leave a gap under the last item. */
  :where(sdc-login) .sdc-login__menu .link-list { list-style: none; margin: 0 !important; padding: 0; }
  :where(sdc-login) .sdc-login__item {
    display: flex; align-items: center; width: 100%; min-height: 44px; padding: 8px 20px; border: 0; background: none;
    font: inherit; font-weight: 600; text-align: left; text-decoration: none; color: var(--_sdc-primary); cursor: pointer;
  }
  :where(sdc-login) .sdc-login__item:hover { background: var(--_sdc-primary-soft); text-decoration: underline; }
  /* Bootstrap Italia paints every button of the slim header's right zone dark blue with its own padding. Its
     rules are unlayered and ours sit in @layer sdc, so only !important (which a layer keeps over unlayered
     normal rules) keeps the menu's own items, "Esci" included, dark on white and of one size (its links' line height too). */
  :where(sdc-login) .sdc-login .sdc-login__menu .link-list .sdc-login__item,
  :where(sdc-login) .sdc-login .sdc-login__menu .link-list .sdc-login__item span {
    background: #fff !important; color: var(--_sdc-primary); text-shadow: none; font-size: 1rem !important; line-height: 1.5 !important;
  }
  :where(sdc-login) .sdc-login .sdc-login__menu .link-list .sdc-login__item { padding: 10px 24px !important; }
  :where(sdc-login) .sdc-login .sdc-login__menu .link-list .sdc-login__item:hover,
  :where(sdc-login) .sdc-login .sdc-login__menu .link-list .sdc-login__item:hover span { background: var(--_sdc-primary-soft) !important; }
  :where(sdc-login) .sdc-login__badge {
    display: inline-flex; align-items: center; justify-content: center; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
    background: #fff; color: var(--_sdc-primary); font-size: 0.8rem; font-weight: 700;
  }
`;
