import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { SdcElement } from '../../src/core/sdc-element.js';
import {
  clearMessages, defineMessages, format, hasMessages, loadMessages, onMessagesChange, registerMessages, withMessageScope,
} from '../../src/i18n/messages.js';
import { toLocale } from '../../src/i18n/locale.js';
import { formatAmount, formatDate } from '../../src/i18n/format.js';

/** A loader the test resolves when it wants: a slow network for one locale. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const deLoad = deferred<{ default: { hello: string; results: string } }>();
let deRequests = 0;
const t = defineMessages('test-probe', {
  hello: 'Ciao {name}',
  results: '{count, =0 {Nessun risultato} one {# risultato} other {# risultati}}',
}, {
  en: () => Promise.resolve({ default: { hello: 'Hello {name}', results: '{count, one {# result} other {# results}}' } }),
  de: () => { deRequests++; return deLoad.promise; },
});

/** Renders one string of the test catalogue, in whatever language it resolves to. */
class I18nProbe extends SdcElement {
  override render() {
    return litHtml`<p>${t(this.resolvedLocale, 'hello', { name: 'Maria' })}</p>`;
  }
}
I18nProbe.define('sdc-test-i18n-probe');
/** An element with the probe in its shadow root, as the area personale holds its lists. */
class I18nOuter extends SdcElement {
  override render() { return litHtml`<sdc-test-i18n-probe></sdc-test-i18n-probe>`; }
}
I18nOuter.define('sdc-test-i18n-outer');

const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('message catalogues', () => {
  afterEach(() => clearMessages());

  it('answers in Italian at once and loads another locale only when asked', async () => {
    expect(t('it', 'hello', { name: 'Maria' })).to.equal('Ciao Maria');
    expect(deRequests).to.equal(0);
    expect(hasMessages('en')).to.equal(false);
    // Not loaded yet: Italian, while the English catalogue is fetched.
    expect(t('en', 'hello', { name: 'Maria' })).to.equal('Ciao Maria');
    await loadMessages('en');
    expect(t('en', 'hello', { name: 'Maria' })).to.equal('Hello Maria');
    expect(deRequests).to.equal(0);
  });

  it('chooses plural forms with the locale’s plural rules, =0 first', async () => {
    await loadMessages('en');
    expect(t('it', 'results', { count: 0 })).to.equal('Nessun risultato');
    expect(t('it', 'results', { count: 1 })).to.equal('1 risultato');
    expect(t('it', 'results', { count: 12 })).to.equal('12 risultati');
    // Italian's `many` (a million) is not spelled: it falls back to `other`.
    expect(t('it', 'results', { count: 1_000_000 })).to.equal('1000000 risultati');
    expect(t('en', 'results', { count: 0 })).to.equal('0 results');
    expect(format('{n, one {# Tag} other {# Tage}} vorher', { n: 1 }, 'de')).to.equal('1 Tag vorher');
    expect(format('{n, one {# Tag} other {# Tage}} vorher', { n: 3 }, 'de')).to.equal('3 Tage vorher');
    // Placeholders work inside branches.
    expect(format('{n, one {# file in {label}} other {# file in {label}}}', { n: 2, label: 'Allegati' })).to.equal('2 file in Allegati');
  });

  it('leaves unknown placeholders visible rather than printing "undefined"', () => {
    expect(format('Ciao {name}', {})).to.equal('Ciao {name}');
  });

  it('narrows language tags to a supported locale', () => {
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('it-IT')).to.equal('it');
    expect(toLocale('de')).to.equal('de');
    expect(toLocale('de-AT')).to.equal('de');
    expect(toLocale('fr')).to.equal('it');
    expect(toLocale(undefined)).to.equal('it');
  });

  it('formats amounts and dates the German way', () => {
    expect(formatAmount(1020.99, 'de')).to.equal('1.020,99\u00a0€');
    expect(formatDate('2026-03-05', 'de')).to.equal('05.03.2026');
  });

  it('takes page overrides per language, and tells listeners', () => {
    let told = 0;
    const off = onMessagesChange(() => told++);
    registerMessages('it', { 'test-probe.hello': 'Buongiorno {name}' } as never);
    off();
    expect(told).to.equal(1);
    expect(t('it', 'hello', { name: 'Maria' })).to.equal('Buongiorno Maria');
    clearMessages();
    expect(t('it', 'hello', { name: 'Maria' })).to.equal('Ciao Maria');
  });

  it('lets an element scope win over the page, flat or per language', () => {
    registerMessages('it', { 'test-probe.hello': 'Pagina {name}' } as never);
    expect(withMessageScope([{ 'test-probe.hello': 'Elemento {name}' } as never], () => t('it', 'hello', { name: 'M' }))).to.equal('Elemento M');
    expect(withMessageScope([{ en: { 'test-probe.hello': 'Element {name}' } } as never], () => t('it', 'hello', { name: 'M' }))).to.equal('Pagina M');
    expect(t('it', 'hello', { name: 'M' })).to.equal('Pagina M');
  });
});

describe('elements and languages', () => {
  afterEach(() => {
    clearMessages();
    document.documentElement.lang = 'it';
  });

  it('renders Italian while German loads, then German, with one request', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="de"><sdc-test-i18n-probe></sdc-test-i18n-probe><sdc-test-i18n-probe></sdc-test-i18n-probe></div>`);
    const [a, b] = [...wrap.querySelectorAll('sdc-test-i18n-probe')];
    await (a as I18nProbe).updateComplete;
    expect(shown(a!)).to.equal('Ciao Maria');
    expect(deRequests).to.equal(1);
    deLoad.resolve({ default: { hello: 'Hallo {name}', results: '{count, one {# Ergebnis} other {# Ergebnisse}}' } });
    await waitUntil(() => shown(a!) === 'Hallo Maria' && shown(b!) === 'Hallo Maria', 'both probes re-render in German');
    expect(deRequests).to.equal(1);
    await expect(wrap).to.be.accessible();
  });

  it('follows lang changes live: its own, an ancestor’s and <html lang>', async () => {
    await loadMessages('en');
    const wrap = await fixture<HTMLElement>(html`<section><sdc-test-i18n-probe></sdc-test-i18n-probe></section>`);
    const el = wrap.querySelector('sdc-test-i18n-probe')!;
    await waitUntil(() => shown(el) === 'Ciao Maria');
    document.documentElement.lang = 'en';
    await waitUntil(() => shown(el) === 'Hello Maria', '<html lang> change');
    wrap.setAttribute('lang', 'it');
    await waitUntil(() => shown(el) === 'Ciao Maria', 'ancestor lang change');
    el.setAttribute('lang', 'en');
    await waitUntil(() => shown(el) === 'Hello Maria', 'own lang change');
    el.setAttribute('locale', 'it');
    await waitUntil(() => shown(el) === 'Ciao Maria', 'locale attribute wins');
  });

  it('reads the nearest lang through shadow roots', async () => {
    await loadMessages('en');
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><sdc-test-i18n-outer></sdc-test-i18n-outer></div>`);
    const inner = wrap.querySelector('sdc-test-i18n-outer')!.shadowRoot!.querySelector('sdc-test-i18n-probe')!;
    await waitUntil(() => shown(inner) === 'Hello Maria');
  });

  it('takes per-element wording from the texts attribute and property, inherited by the elements inside', async () => {
    const el = await fixture<I18nProbe>(html`<sdc-test-i18n-probe texts='{"test-probe.hello":"Benvenuta {name}"}'></sdc-test-i18n-probe>`);
    await waitUntil(() => shown(el) === 'Benvenuta Maria');
    el.texts = { it: { 'test-probe.hello': 'Salve {name}' } } as never;
    await waitUntil(() => shown(el) === 'Salve Maria');

    const outer = await fixture<I18nOuter>(html`<sdc-test-i18n-outer texts='{"test-probe.hello":"Dentro {name}"}'></sdc-test-i18n-outer>`);
    const inner = outer.shadowRoot!.querySelector('sdc-test-i18n-probe')!;
    await waitUntil(() => shown(inner) === 'Dentro Maria');
    await expect(outer).to.be.accessible();
  });

  it('re-renders when the page registers its wording', async () => {
    const el = await fixture<I18nProbe>(html`<sdc-test-i18n-probe></sdc-test-i18n-probe>`);
    await waitUntil(() => shown(el) === 'Ciao Maria');
    registerMessages('it', { 'test-probe.hello': 'Gentile {name}' } as never);
    await waitUntil(() => shown(el) === 'Gentile Maria');
  });
});
