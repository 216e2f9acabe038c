import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../support/mock.js';
import * as listStories from '../../stories/sdc-service-list.stories.js';
import * as cardStories from '../../stories/sdc-service-card.stories.js';
import * as feedbackStories from '../../stories/sdc-feedback.stories.js';
import * as loginStories from '../../stories/sdc-login.stories.js';

/**
 * Every story of the light-DOM elements renders, settles in its state and is axe clean: a state that
 * has a story is a state that is tested (STYLE.md "Stories are the catalogue and the fixtures").
 */
interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: { msw?: { handlers?: HttpHandler[] } };
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void> | void;
}
interface MetaLike {
  args?: Record<string, unknown>;
  render: (args: Record<string, unknown>) => TemplateResult;
  beforeEach?: (ctx: { args: Record<string, unknown> }) => void | Promise<void>;
}

/** What "settled" means for each element: content, an empty/error state, or a skeleton when the story is about loading. */
const SETTLED = '[data-element="service-link"], [data-element="service-title"], .sdc-state--empty, .sdc-state--error, .sdc-card__notfound, .sdc-skeleton, [data-element="feedback"], sdc-login a, sdc-login button';

const modules: Array<[string, Record<string, unknown>]> = [
  ['sdc-service-list', listStories],
  ['sdc-service-card', cardStories],
  ['sdc-feedback', feedbackStories],
  ['sdc-login', loginStories],
];

for (const [tag, mod] of modules) {
  const meta = mod.default as MetaLike;
  describe(`${tag} stories`, () => {
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default') continue;
      const story = value as StoryLike;
      it(`renders the story "${name}" accessibly`, async () => {
        const args = { ...meta.args, ...story.args };
        if (story.parameters?.msw?.handlers) worker.use(...story.parameters.msw.handlers);
        await meta.beforeEach?.({ args });
        const canvas = await fixture<HTMLElement>(meta.render(args));
        await waitUntil(() => canvas.querySelector(SETTLED) ?? (canvas.matches(SETTLED) ? canvas : null), `${name} did not settle`, { timeout: 5000 });
        await story.play?.({ canvasElement: canvas.parentElement ?? canvas });
        const el = (canvas.matches(tag) ? canvas : canvas.querySelector(tag)) as HTMLElement & { updateComplete?: Promise<unknown> };
        expect(el, `${name}: <${tag}>`).to.exist;
        await el.updateComplete;
        await expect(canvas).to.be.accessible();
      });
    }
  });
}
