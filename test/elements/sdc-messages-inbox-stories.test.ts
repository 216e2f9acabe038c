import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { worker } from '../support/mock.js';
import inboxMeta, * as inboxStories from '../../stories/sdc-messages-inbox.stories.js';
import ctaMeta, * as ctaStories from '../../stories/sdc-pratica-detail-integration.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
}
interface MetaLike {
  args?: Args;
  beforeEach?: unknown;
  render?: unknown;
}

/** What each story must show once settled, so a story that silently breaks fails here. */
const SETTLED: Record<string, Record<string, string>> = {
  'sdc-messages-inbox': {
    Conversazioni: '.row__meta',
    Caricamento: '.sdc-state--loading',
    Vuota: '.sdc-state--empty',
    Errore: '.sdc-state--error',
    SoloNonLetti: '#inbox-unread:checked',
    ConversazioneAperta: 'sdc-message-thread',
    Telefono: '.row__meta',
    InInglese: '.row__meta',
  },
  'sdc-pratica-detail': {
    DaInviare: '.integration__body',
    InRegistrazione: '.integration__body',
    InvioNonRiuscito: '.integration__failed',
    FileNonAmmesso: '#integration-files-error',
    Inviate: '.notice .sdc-alert',
    Telefono: '.integration__body',
  },
};

const suites: Array<[string, MetaLike, Record<string, StoryLike>]> = [
  ['sdc-messages-inbox', inboxMeta as MetaLike, inboxStories as unknown as Record<string, StoryLike>],
  ['sdc-pratica-detail', ctaMeta as MetaLike, ctaStories as unknown as Record<string, StoryLike>],
];

for (const [tag, meta, stories] of suites) {
  describe(`${tag} stories (issue 18)`, () => {
    afterEach(() => worker.resetHandlers());
    for (const [name, story] of Object.entries(stories)) {
      if (name === 'default') continue;
      it(`renders the "${name}" story as described, accessibly`, async () => {
        const args = { ...meta.args, ...story.args } as Args;
        await (meta.beforeEach as (ctx: { args: Args }) => unknown)({ args });
        const rendered = await fixture<HTMLElement>((meta.render as (a: Args) => TemplateResult)(args));
        const canvas = rendered.parentElement as HTMLElement;
        if (story.play) await story.play({ canvasElement: canvas });
        const el = canvas.querySelector(tag)!;
        const sel = SETTLED[tag]![name]!;
        await waitUntil(() => el.shadowRoot?.querySelector(sel), `"${name}" did not show ${sel}`, { timeout: 8000 });
        await expect(el).to.be.accessible();
      });
    }
  });
}
