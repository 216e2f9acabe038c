import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../support/mock.js';
import meta, * as stories from '../../stories/sdc-message-thread.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  parameters?: { msw?: { handlers?: HttpHandler[] } };
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
}

/** What each story must show once settled, so a story that silently breaks fails here. */
const SETTLED: Record<string, string> = {
  Vuota: '.sdc-state--empty',
  ConversazioneLunga: '.thread',
  NonLetti: '.marker',
  ConAllegati: '.file__button',
  ConAzioni: '.wrap:has(.msg__actions a.btn + button):has(.integration .sdc-alert)',
  InInvio: '.msg--sending',
  NonInviato: '.msg--failed',
  PraticaChiusa: '.sdc-alert',
  Errore: '.sdc-state--error',
  InInglese: '.marker',
};

describe('sdc-message-thread stories', () => {
  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`renders the "${name}" story as described, accessibly`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      await (meta.beforeEach as unknown as (ctx: { args: Args }) => unknown)({ args });
      const handlers = story.parameters?.msw?.handlers ?? [];
      if (handlers.length) worker.use(...handlers);
      const rendered = await fixture<HTMLElement>((meta.render as unknown as (a: Args) => TemplateResult)(args));
      const canvas = rendered.parentElement as HTMLElement;
      if (story.play) await story.play({ canvasElement: canvas });
      const el = canvas.querySelector('sdc-message-thread')!;
      await waitUntil(() => el.shadowRoot?.querySelector(SETTLED[name]!), `"${name}" did not show ${SETTLED[name]}`, { timeout: 5000 });
      await expect(el).to.be.accessible();
    });
  }
});
