import { expect, waitUntil } from '@open-wc/testing';
import { openPage, recordConsole, type KitWindow } from '../support/cdn-page.js';

/** The area personale page of an ente, through the one script tag: each tab's element is fetched when first shown. */
describe('CDN bundle: the area personale, tab by tab', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const area = (win: KitWindow) => win.document.querySelector('sdc-area-personale')!.shadowRoot!;
  const inTab = (win: KitWindow, tag: string, selector: string) => area(win).querySelector(tag)?.shadowRoot?.querySelector(selector);
  const elementFiles = (win: KitWindow) => win.__requested!().filter((f) => f.startsWith('elements/')).sort();

  it('shows every section with its content, fetching each section’s element the first time it is opened', async function () {
    this.timeout(120000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&only=sdc-login,sdc-area-personale');
    const log = recordConsole(win);
    await waitUntil(() => win.document.querySelector('sdc-area-personale')?.shadowRoot?.querySelector('nav'), 'the area’s sections', { timeout: 30000 });
    await waitUntil(() => inTab(win, 'sdc-pratiche-list', '.card'), 'the pratiche list', { timeout: 30000 });
    // The first view: the list, and no other section's element.
    expect(elementFiles(win)).to.deep.equal(['elements/sdc-area-personale.js', 'elements/sdc-login.js', 'elements/sdc-pratiche-list.js', 'elements/sdc-provider.js']);

    const sections: [section: string, tag: string, content: string][] = [
      ['messaggi', 'sdc-messages-inbox', '.row__excerpt'],
      ['pagamenti', 'sdc-payments-list', '.group'],
      ['appuntamenti', 'sdc-meetings-list', '.meeting'],
      ['profilo', 'sdc-profile', '.view'],
    ];
    for (const [section, tag, content] of sections) {
      (area(win).querySelector(`nav a[data-section="${section}"]`) as HTMLAnchorElement).click();
      await waitUntil(() => inTab(win, tag, content), `the ${section} section’s content`, { timeout: 30000 });
      expect(area(win).querySelector('.sdc-state--error'), `no error in ${section}`).to.equal(null);
      expect(elementFiles(win)).to.include(`elements/${tag}.js`);
    }

    // A pratica opens in place, with its messages (the detail fetches the thread it delegates to).
    (area(win).querySelector('nav a[data-section="pratiche"]') as HTMLAnchorElement).click();
    await waitUntil(() => inTab(win, 'sdc-pratiche-list', '.card__title a'), 'the list again', { timeout: 30000 });
    (inTab(win, 'sdc-pratiche-list', '.card__title a') as HTMLAnchorElement).click();
    await waitUntil(() => inTab(win, 'sdc-pratica-detail', 'sdc-message-thread')?.shadowRoot?.textContent?.trim(), 'the pratica’s messages', { timeout: 30000 });
    expect(elementFiles(win)).to.include('elements/sdc-pratica-detail.js');
    expect(log.errors).to.deep.equal([]);
  });
});
