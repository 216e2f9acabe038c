/**
 * Rendering a Storybook story the way Storybook does — the meta's `beforeEach` (arranging the mock
 * tenant), the story's msw handlers, `render`, then `play` — so each story test checks what the story
 * shows (STYLE.md "Stories are the catalogue and the fixtures").
 *
 *   for (const [name, story] of storiesOf(module)) it(name, async () => {
 *     const { el } = await renderStory(module.default, story, 'sdc-profile');
 *     await waitForText(el, EXPECT[name]);
 *   });
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from './mock.js';
import { deepAll, loaded } from './dom.js';

type Args = Record<string, unknown>;
export interface StoryMeta {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  beforeEach?: (ctx: { args: Args }) => unknown;
  parameters?: { msw?: { handlers?: HttpHandler[] } };
}
export interface StoryLike {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  beforeEach?: (ctx: { args: Args }) => unknown;
  parameters?: { msw?: { handlers?: HttpHandler[] | Record<string, HttpHandler | HttpHandler[]> } };
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void> | void;
}

/** The named stories of a stories module (everything but its default meta), in file order. */
export function storiesOf(mod: object): Array<[string, StoryLike]> {
  return Object.entries(mod).filter(([name]) => name !== 'default') as Array<[string, StoryLike]>;
}

function handlersOf(p: StoryLike['parameters']): HttpHandler[] {
  const h = p?.msw?.handlers;
  if (!h) return [];
  return Array.isArray(h) ? h : Object.values(h).flat();
}

export interface RenderedStory {
  /** The canvas: what Storybook's `canvasElement` is. */
  canvas: HTMLElement;
  /** The story's element (`tag`), or the canvas' first element. */
  el: HTMLElement;
  /** Undoes the story's `beforeEach` (session, clock), if it returned a cleanup. */
  cleanup: () => void;
}

/**
 * Renders `story` as Storybook would and waits for it to leave its loading skeletons (unless the
 * story is about loading: pass `{ settle: false }`).
 */
export async function renderStory(meta: StoryMeta, story: StoryLike, tag?: string, opts: { settle?: boolean } = {}): Promise<RenderedStory> {
  const args = { ...meta.args, ...story.args };
  const handlers = [...handlersOf(meta.parameters), ...handlersOf(story.parameters)];
  if (handlers.length) worker.use(...handlers);
  const cleanups = [await meta.beforeEach?.({ args }), await story.beforeEach?.({ args })]
    .filter((c): c is () => void => typeof c === 'function');
  const render = story.render ?? meta.render;
  if (!render) throw new Error('the story has no render');
  const canvas = await fixture<HTMLElement>('<div class="sb-canvas"></div>');
  const { render: litRender } = await import('lit');
  litRender(render(args), canvas);
  const el = ((tag ? canvas.querySelector(tag) ?? deepAll(canvas, tag)[0] : canvas.firstElementChild) ?? canvas) as HTMLElement;
  await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  if (story.play) await story.play({ canvasElement: canvas });
  if (opts.settle !== false) await loaded(canvas, 8000);
  return { canvas, el, cleanup: () => cleanups.forEach((c) => c()) };
}
