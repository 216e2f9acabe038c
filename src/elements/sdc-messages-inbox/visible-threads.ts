import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks for a row's thread when the row comes near the screen (IntersectionObserver), once per row:
 * a first view costs the threads the citizen can see, not one request per pratica. Rows carry
 * `data-pending="<praticaId>"` until their thread is known.
 */
export class VisibleThreads implements ReactiveController {
  #observer?: IntersectionObserver;
  readonly #asked = new Set<string>();

  constructor(host: ReactiveControllerHost, private readonly load: (praticaId: string) => void) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Observes the pending rows under `root` (call after each render). */
  observe(root: ParentNode): void {
    const rows = root.querySelectorAll<HTMLElement>('[data-pending]');
    if (!rows.length) return;
    if (typeof IntersectionObserver === 'undefined') {
      rows.forEach((r) => this.#ask(r));
      return;
    }
    // A margin below the fold: the next rows are ready by the time the citizen scrolls to them.
    this.#observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        this.#observer?.unobserve(e.target);
        this.#ask(e.target as HTMLElement);
      }
    }, { rootMargin: '0px 0px 200px 0px' });
    rows.forEach((r) => {
      if (!this.#asked.has(r.dataset.pending ?? '')) this.#observer!.observe(r);
    });
  }

  /** Forgets that a row was asked for (its fetch failed and the citizen retries). */
  forget(praticaId: string): void {
    this.#asked.delete(praticaId);
  }

  #ask(row: HTMLElement): void {
    const id = row.dataset.pending;
    if (!id || this.#asked.has(id)) return;
    this.#asked.add(id);
    this.load(id);
  }
}
