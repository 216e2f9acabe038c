/**
 * Every story of the area personale elements, rendered against the mock tenant as Storybook does
 * (its `beforeEach`, `render` and `play`), must settle and be axe clean: a state with a story is a
 * state that is tested.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../support/mock.js';
import * as list from '../../stories/sdc-pratiche-list.stories.js';
import * as detail from '../../stories/sdc-pratica-detail.stories.js';
import * as payments from '../../stories/sdc-payments-list.stories.js';
import * as profile from '../../stories/sdc-profile.stories.js';
import * as area from '../../stories/sdc-area-personale.stories.js';

type Module = Record<string, unknown> & { default: { args?: object; beforeEach?: (ctx: { args: object }) => unknown; render: (args: object) => TemplateResult } };
type Story = { args?: object; play?: (ctx: { canvasElement: HTMLElement }) => Promise<void> };

/** All elements with an open shadow root under `root`, nested ones included. */
function shadows(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadows(el.shadowRoot));
  }
  return out;
}
const loading = (root: ParentNode) => shadows(root).some((s) => s.querySelector('.sdc-state--loading'));

for (const [title, mod] of Object.entries({ list, detail, payments, profile, area }) as unknown as Array<[string, Module]>) {
  describe(`stories: ${title}`, () => {
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default') continue;
      const story = value as Story;
      it(`${name} renders, settles and is accessible`, async () => {
        const meta = mod.default;
        const args = { ...meta.args, ...story.args };
        const cleanup = (await meta.beforeEach?.({ args })) as (() => void) | undefined;
        try {
          const host = await fixture<HTMLElement>(`<div></div>`);
          const { render } = await import('lit');
          render(meta.render(args), host);
          const el = host.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
          await el.updateComplete;
          if (!/Caricamento/.test(name)) {
            await waitUntil(() => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !loading(host), `${name} did not settle`, { timeout: 8000 });
          }
          if (story.play) {
            await story.play({ canvasElement: host });
            await new Promise((r) => setTimeout(r, 300));
            await waitUntil(() => !loading(host), `${name} did not settle after play`, { timeout: 8000 });
          }
          await expect(host).to.be.accessible();
        } finally {
          cleanup?.();
        }
      });
    }
  });
}
