import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { renderEmpty, renderError, renderLoading, renderLogin, stateStyles } from '../../src/ui/states.js';
import { statusTag, statusTagStyles } from '../../src/ui/status-tag.js';
import { renderAlert, alertStyles } from '../../src/ui/alert.js';
import { renderPager, pagerStyles } from '../../src/ui/pagination.js';
import { plainText, sanitizeHtml } from '../../src/ui/sanitize.js';
import { base, controls, tokens } from '../../src/styles/tokens.js';
import { loadMessages } from '../../src/i18n/messages.js';

/** Mounts a template in a shadow root styled like the kit's elements. */
class UiHost extends LitElement {
  static override styles = [tokens, base, controls, stateStyles, statusTagStyles, alertStyles, pagerStyles, css``];
  content: unknown;
  override render() { return this.content; }
}
customElements.define('sdc-test-ui-host', UiHost);

async function mount(content: unknown) {
  const el = await fixture<UiHost>(html`<sdc-test-ui-host></sdc-test-ui-host>`);
  el.content = content;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('shared states', () => {
  it('announces loading politely and hides the skeleton from screen readers', async () => {
    const el = await mount(renderLoading('it'));
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.contain('Caricamento in corso');
    expect(el.shadowRoot!.querySelectorAll('.sdc-skeleton[aria-hidden=true]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state with what to do', async () => {
    const el = await mount(renderEmpty('Nessuna pratica', 'Quando presenterai una richiesta la troverai qui.'));
    expect(el.shadowRoot!.textContent).to.contain('Nessuna pratica').and.contain('la troverai qui');
    await expect(el).to.be.accessible();
  });

  it('shows an error as an alert with a retry button that works', async () => {
    let retried = 0;
    const el = await mount(renderError('it', 'Il servizio non risponde.', () => retried++));
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Non è stato possibile caricare').and.contain('Il servizio non risponde.');
    (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(retried).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    await loadMessages('en');
    const el = await mount(renderError('en', undefined, () => {}));
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
  });

  it('offers login with the checker hook', async () => {
    const el = await mount(renderLogin('it', '/lang/login?return-url=x'));
    const link = el.shadowRoot!.querySelector('a[data-element="personal-area-login"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/lang/login?return-url=x');
    await expect(el).to.be.accessible();
  });

  it('renders status tags as text with a tone and alerts with roles', async () => {
    const el = await mount(html`${statusTag('Accettata', 'success')} ${renderAlert('danger', 'Pagamento non riuscito', 'Errore')}`);
    expect(el.shadowRoot!.querySelector('.sdc-tag--success')!.textContent).to.equal('Accettata');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Pagamento non riuscito');
    await expect(el).to.be.accessible();
  });

  it('pages with the current page marked and first/last bounds disabled', async () => {
    const offsets: number[] = [];
    const el = await mount(renderPager('it', { offset: 0, limit: 10, total: 35 }, (o) => offsets.push(o)));
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons).to.have.length(6);
    expect(buttons[0].disabled).to.be.true;
    expect(buttons[1].getAttribute('aria-current')).to.equal('page');
    buttons[3].click();
    buttons[5].click();
    expect(offsets).to.deep.equal([20, 10]);
    await expect(el).to.be.accessible();
  });
});

describe('sanitizeHtml', () => {
  it('keeps formatting and safe links, opening external ones safely', () => {
    const out = sanitizeHtml('<p><strong>Ciao</strong> <a href="https://www.comune.it">sito</a></p>');
    expect(out).to.contain('<strong>Ciao</strong>');
    expect(out).to.contain('target="_blank"').and.contain('rel="noopener noreferrer"');
  });

  for (const [name, payload] of [
    ['script tags', '<script>window.__xss=1</script><p>ok</p>'],
    ['event handlers', '<img src=x onerror="window.__xss=1"><p onclick="x()">ok</p>'],
    ['javascript: links', '<a href="javascript:alert(1)">ok</a>'],
    ['CSS injection', '<style>body{display:none}</style><p style="position:fixed;inset:0">ok</p>'],
    ['SVG tricks', '<svg><script>alert(1)</script></svg><p>ok</p>'],
    ['forms', '<form action="https://evil.example"><input name=x></form><p>ok</p>'],
  ] as const) {
    it(`removes ${name}`, () => {
      const out = sanitizeHtml(payload);
      expect(out).not.to.match(/script|onerror|onclick|javascript:|<style|style=|<form|<input|<svg|<img/i);
      expect(out).to.contain('ok');
    });
  }

  it('turns HTML into plain text for excerpts', () => {
    expect(plainText('<p>Uno</p>\n<p>due <b>tre</b></p>')).to.equal('Uno due tre');
    expect(sanitizeHtml(null)).to.equal('');
  });
});
