/**
 * wtr command `emulate-time-zone` ({ zone }): runs the test page's browser in another IANA zone
 * (CDP Emulation.setTimezoneOverride through puppeteer), so a test can check that office times read
 * in Europe/Rome on a device abroad. `zone: null` restores the machine's zone.
 */
export function timeZonePlugin() {
  return {
    name: 'emulate-time-zone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-time-zone needs a puppeteer browser, not ${session.browser.type}`);
      await session.browser.getPage(session.id).emulateTimezone(payload?.zone ?? undefined);
      return true;
    },
  };
}
