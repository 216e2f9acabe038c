import { css } from 'lit';

/**
 * Layout of the catalogue. Only `sdc-` classes, scoped under the tag (`:where()` keeps the tag out of
 * the specificity): one class beats the page's element defaults, nothing leaks to the page, and
 * Bootstrap Italia keeps styling its own classes (`card`, `chip`, `btn`, `form-control`).
 */
export const listStyles = css`
  :where(sdc-service-list) .sdc-list__search { margin: 0 0 24px; max-width: 720px; }
  :where(sdc-service-list) .sdc-list__label { display: block; font-size: 1.125rem; font-weight: 600; margin: 0 0 4px; position: static; transform: none; }
  :where(sdc-service-list) .sdc-list__hint { color: var(--_sdc-muted); font-size: 0.9rem; margin: 0 0 8px; }
  :where(sdc-service-list) .sdc-list__searchbar { display: flex; gap: 8px; align-items: stretch; }
  :where(sdc-service-list) .sdc-list__input { flex: 1; min-width: 0; min-height: 48px; height: auto; border: 1px solid #5d7083; border-radius: var(--_sdc-radius); padding: 8px 12px; }
  :where(sdc-service-list) .sdc-list__submit { flex: none; display: inline-flex; align-items: center; gap: 8px; }
  @media (max-width: 575px) { :where(sdc-service-list) .sdc-list__submit span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; } }

  :where(sdc-service-list) .sdc-list__categories { margin: 0 0 24px; }
  :where(sdc-service-list) .sdc-list__categories-title { font-size: 1rem; font-weight: 700; margin: 0 0 8px; }
  :where(sdc-service-list) .sdc-list__chips { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 0; padding: 0; }
  :where(sdc-service-list) .sdc-list__chips li { margin: 0; }
  :where(sdc-service-list) .sdc-list__chip { min-height: 40px; height: auto; padding: 4px 14px; text-decoration: none; margin: 0; }
  :where(sdc-service-list) .sdc-list__chip[aria-current='true'] { background: var(--_sdc-primary); border-color: var(--_sdc-primary); color: #fff; }
  :where(sdc-service-list) .sdc-list__chip[aria-current='true'] .chip-label { color: #fff; }
  :where(sdc-service-list) .sdc-list__chip .chip-label { white-space: normal; height: auto; }
  :where(sdc-service-list) .sdc-list__chip-count { font-weight: 400; }

  :where(sdc-service-list) .sdc-list__count { margin: 0 0 16px; min-height: 1.5em; }
  :where(sdc-service-list) .sdc-list__grid {
    list-style: none; margin: 0 0 24px; padding: 0; display: grid; gap: 16px;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
  }
  :where(sdc-service-list) .sdc-list__card { margin: 0; height: 100%; border: 1px solid var(--_sdc-border); }
  :where(sdc-service-list) .sdc-list__card .card-body { padding: 20px 24px; }
  :where(sdc-service-list) .sdc-list__card-category { font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: var(--_sdc-muted); margin: 0 0 8px; }
  :where(sdc-service-list) .sdc-list__card-title { font-size: 1.25rem; line-height: 1.3; margin: 0 0 8px; }
  :where(sdc-service-list) .sdc-list__card-title a { text-decoration: none; }
  :where(sdc-service-list) .sdc-list__card-title a:hover { text-decoration: underline; }
  /* The whole card is clickable; the link stays the one accessible target. */
  :where(sdc-service-list) .sdc-list__card { position: relative; }
  :where(sdc-service-list) .sdc-list__card-title a::after { content: ''; position: absolute; inset: 0; }
  :where(sdc-service-list) .sdc-list__card-status { margin: 0 0 8px; }
  :where(sdc-service-list) .sdc-list__card-text { margin: 0; font-size: 1rem; line-height: 1.5; }

  :where(sdc-service-list) .sdc-list__more { display: grid; justify-items: center; gap: 8px; margin: 0 0 32px; }
  :where(sdc-service-list) .sdc-list__shown { margin: 0; color: var(--_sdc-muted); }
  :where(sdc-service-list) .sdc-list__booking { margin: 0 0 24px; }
`;
