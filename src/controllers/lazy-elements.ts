import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { SdcError } from '../core/errors.js';
import { retryingImport, type ImportUrl } from '../core/retry-import.js';
import type { Locale } from '../i18n/locale.js';
import { hasMessages, loadMessages } from '../i18n/messages.js';
import { renderError, renderLoading } from '../ui/states.js';

type Phase = 'loading' | 'ready' | 'failed';

/**
 * Public elements that a composite element shows in some views only (the area personale's tabs, the
 * pratica detail's messages and payment): each is imported the first time a view shows it, so a page
 * downloads the view the citizen is on, not every tab. A tag the page has registered already (its
 * own import, the CDN loader, the all-in-one file) costs nothing.
 *
 * `loaders` maps each tag to the import of its define module: a literal `import()` in the composite's
 * define.ts, so that bundlers (and the CDN build) see it and give the element a chunk of its own. A tag
 * without a loader (the class used without its define.ts) waits for the page to register it.
 * A failed import shows the error state; its "Riprova" imports again as `retryingImport` does (the URL
 * the failure named, with `?retry=n`: some browsers keep a failed fetch until the page reloads).
 */
export class LazyElements<Tag extends string> implements ReactiveController {
  readonly #phase = new Map<Tag, Phase>();
  readonly #waiting = new Map<Tag, Promise<void>>();
  readonly #imports = new Map<Tag, () => Promise<unknown>>();

  /** `importUrl` is the seam tests use in place of the network for a retry. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaders: Readonly<Partial<Record<Tag, () => Promise<unknown>>>>,
    private readonly importUrl?: ImportUrl<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where `tag` stands; asks for it (in `locale`) the first time. */
  phase(tag: Tag, locale?: Locale): Phase {
    const known = this.#phase.get(tag);
    if (known) return known;
    if (customElements.get(tag)) return 'ready';
    void this.whenDefined(tag, locale).catch(() => undefined);
    return 'loading';
  }

  /**
   * Resolves once `tag` is defined (importing it if needed) and, given a `locale`, its wording in that
   * language is in: a German page never shows a tab in Italian first. Rejects when its module cannot be fetched.
   */
  whenDefined(tag: Tag, locale?: Locale): Promise<void> {
    let waiting = this.#waiting.get(tag);
    if (!waiting && customElements.get(tag)) return Promise.resolve();
    if (!waiting) {
      this.#phase.set(tag, 'loading');
      waiting = this.#import(tag)
        .then(() => customElements.whenDefined(tag))
        // Its catalogues are defined now: bring them in the page's language (Italian is inline).
        .then(() => (locale && !hasMessages(locale) ? loadMessages(locale).catch(() => undefined) : undefined))
        .then(
          () => {
            this.#phase.set(tag, 'ready');
            this.host.requestUpdate();
          },
          (e: unknown) => {
            this.#phase.set(tag, 'failed');
            this.#waiting.delete(tag); // "Riprova" asks again: the network may be back
            this.host.requestUpdate();
            throw e;
          },
        );
      this.#waiting.set(tag, waiting);
    }
    return waiting;
  }

  /** The tag's import, the same one every time so that a retry knows what failed before. */
  #import(tag: Tag): Promise<unknown> {
    const load = this.loaders[tag];
    if (!load) return Promise.resolve();
    let run = this.#imports.get(tag);
    if (!run) this.#imports.set(tag, (run = retryingImport(load, this.importUrl)));
    return run();
  }

  /**
   * The view when its element is there; meanwhile the kit's loading state, and on a failed fetch the
   * error state whose "Riprova" fetches it again.
   */
  render(tag: Tag, locale: Locale, view: () => TemplateResult, lines = 4): TemplateResult {
    const phase = this.phase(tag, locale);
    if (phase === 'ready') return view();
    if (phase === 'loading') return renderLoading(locale, lines);
    return renderError(locale, new SdcError('network').userMessage(locale), () => {
      this.#phase.delete(tag);
      this.host.requestUpdate();
    });
  }
}
