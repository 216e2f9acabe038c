import { css } from 'lit';

/**
 * Layout of the scheda servizio (the Comuni template's two columns: index on the left, voices on the
 * right). Only `sdc-` classes, scoped under the tag (`:where()` keeps the tag out of the specificity):
 * one class beats the page's element defaults (`h2 {}`), nothing leaks to the page, and Bootstrap
 * Italia keeps styling its own classes (`btn`, `card`, `chip`).
 */
export const cardStyles = css`
  :where(sdc-service-card) { container-type: inline-size; }
  :where(sdc-service-card) .sdc-service-card { display: block; }
  :where(sdc-service-card) .sdc-card__heading { max-width: 860px; margin-bottom: 24px; }
  :where(sdc-service-card) .sdc-card__heading h1 { margin-bottom: 12px; }
  :where(sdc-service-card) .sdc-card__status { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 16px; margin: 0 0 16px; }
  :where(sdc-service-card) .sdc-card__reason {
    flex-basis: 100%; margin: 0; padding: 12px 16px; border-left: 4px solid #995c00;
    background: var(--_sdc-warning-soft); border-radius: 0 4px 4px 0;
  }
  :where(sdc-service-card) .sdc-card__lead { font-size: 1.125rem; line-height: 1.55; margin: 0 0 24px; }
  :where(sdc-service-card) .sdc-card__cta { margin-top: 4px; }

  /* Two columns from 992px of the element's own width (it may sit in a narrow CMS column). */
  :where(sdc-service-card) .sdc-card__layout { display: grid; gap: 24px; margin: 0; border-top: 1px solid var(--_sdc-border); padding-top: 24px; }
  :where(sdc-service-card) .sdc-card__layout > * { width: auto; max-width: none; margin: 0; padding: 0; }
  @container (min-width: 900px) {
    :where(sdc-service-card) .sdc-card__layout { grid-template-columns: minmax(200px, 1fr) 3fr; gap: 48px; }
    :where(sdc-service-card) .sdc-card__index { position: sticky; top: 16px; }
  }
  :where(sdc-service-card) .sdc-card__index { border-left: 1px solid var(--_sdc-border); padding-left: 16px; }
  :where(sdc-service-card) .sdc-card__index-title {
    font-size: 0.875rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; margin: 0 0 8px; color: var(--_sdc-muted);
  }
  :where(sdc-service-card) .sdc-card__index .link-list { list-style: none; margin: 0; padding: 0; }
  :where(sdc-service-card) .sdc-card__index .list-item {
    display: block; padding: 8px 0; min-height: 24px; text-decoration: none; font-weight: 600; line-height: 1.3;
  }
  :where(sdc-service-card) .sdc-card__index .list-item:hover { text-decoration: underline; }

  :where(sdc-service-card) .sdc-card__section { margin: 0 0 40px; scroll-margin-top: 16px; }
  :where(sdc-service-card) .sdc-card__section h2 { font-size: 1.75rem; margin: 0 0 16px; }
  :where(sdc-service-card) .sdc-card__section--tinted { background: var(--_sdc-surface-alt); padding: 24px; border-radius: var(--_sdc-radius); }
  :where(sdc-service-card) .richtext-wrapper { font-size: 1.0625rem; line-height: 1.6; }
  :where(sdc-service-card) .richtext-wrapper ul, :where(sdc-service-card) .richtext-wrapper ol { padding-left: 1.25em; margin: 0 0 16px; }
  :where(sdc-service-card) .richtext-wrapper li { margin-bottom: 6px; }
  :where(sdc-service-card) .richtext-wrapper > :last-child { margin-bottom: 0; }

  :where(sdc-service-card) .sdc-costs { margin: 16px 0 0; display: grid; gap: 12px; }
  :where(sdc-service-card) .sdc-costs__row { padding: 12px 16px; border: 1px solid var(--_sdc-border); border-radius: var(--_sdc-radius); }
  :where(sdc-service-card) .sdc-costs dt { font-weight: 700; margin: 0 0 4px; }
  :where(sdc-service-card) .sdc-costs dd { margin: 0; }
  :where(sdc-service-card) .sdc-costs__note { display: block; color: var(--_sdc-muted); font-size: 0.9rem; margin-top: 4px; }

  :where(sdc-service-card) .sdc-card__access-text { margin: 0 0 16px; }
  :where(sdc-service-card) .sdc-card__access-text + .sdc-card__cta { margin-bottom: 8px; }
  :where(sdc-service-card) .sdc-card__actions { margin-top: 32px; padding-top: 24px; border-top: 1px solid var(--_sdc-border); }
  :where(sdc-service-card) .sdc-card__actions-title { font-size: 1.25rem; }
  :where(sdc-service-card) .sdc-card__action-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
  :where(sdc-service-card) .sdc-card__action { margin: 0; background: var(--_sdc-surface); }
  :where(sdc-service-card) .sdc-card__action .card-body { padding: 16px 20px; display: flex; flex-direction: column; height: 100%; }
  :where(sdc-service-card) .sdc-card__action-name { font-size: 1.125rem; font-weight: 700; margin: 0 0 4px; }
  :where(sdc-service-card) .sdc-card__action-help { flex: 1; margin: 0 0 12px; font-size: 0.95rem; line-height: 1.45; }
  :where(sdc-service-card) .sdc-card__action-link { font-weight: 600; }
  :where(sdc-service-card) .sdc-card__action-off { color: var(--_sdc-muted); font-size: 0.95rem; }

  :where(sdc-service-card) .sdc-card__files { list-style: none; padding: 0; margin: 16px 0 0; display: grid; gap: 8px; }
  :where(sdc-service-card) .sdc-card__file { display: inline-flex; align-items: center; gap: 8px; font-weight: 600; min-height: 44px; }

  :where(sdc-service-card) .sdc-card__offices { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
  :where(sdc-service-card) .sdc-card__office { margin: 0; border: 1px solid var(--_sdc-border); }
  :where(sdc-service-card) .sdc-card__office .card-title { font-size: 1.125rem; font-weight: 700; margin: 0 0 12px; }
  :where(sdc-service-card) .sdc-card__office-data { margin: 0 0 8px; display: grid; gap: 8px; font-size: 0.95rem; }
  :where(sdc-service-card) .sdc-card__office-data dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--_sdc-muted); font-weight: 600; }
  :where(sdc-service-card) .sdc-card__office-data dd { margin: 0; overflow-wrap: anywhere; }

  :where(sdc-service-card) .sdc-card__topics { margin: 8px 0 0; }
  :where(sdc-service-card) .sdc-card__topics-label { font-size: 0.9rem; margin: 0 0 8px; }
  :where(sdc-service-card) .sdc-card__topic-list { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 0 0 16px; }
  :where(sdc-service-card) .sdc-card__updated { font-size: 0.9rem; color: var(--_sdc-muted); margin: 0; }

  :where(sdc-service-card) .sdc-card__feedback { margin: 48px 0 32px; padding: 32px 16px; background: var(--_sdc-primary); border-radius: var(--_sdc-radius); }
  :where(sdc-service-card) .sdc-card__help { max-width: 720px; margin: 0 auto 32px; }
  :where(sdc-service-card) .sdc-card__help h2 { font-size: 1.5rem; margin: 0 0 8px; }
  :where(sdc-service-card) .sdc-card__help-link { display: inline-flex; align-items: center; gap: 8px; font-weight: 600; min-height: 44px; }

  :where(sdc-service-card) .sdc-card-compact { height: 100%; border: 1px solid var(--_sdc-border); }
  :where(sdc-service-card) .sdc-card-compact__category { font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; margin: 0 0 8px; color: var(--_sdc-muted); }
  :where(sdc-service-card) .sdc-card-compact__title { font-size: 1.25rem; margin: 0 0 8px; }
  :where(sdc-service-card) .sdc-card-compact__text { margin: 0 0 12px; }
  :where(sdc-service-card) .sdc-card__notfound h1 { font-size: 1.75rem; }
`;
