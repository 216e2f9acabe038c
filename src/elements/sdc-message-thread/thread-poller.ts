import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `interval` ms while the host is connected and the tab is visible; never two ticks
 * at once (the next one is scheduled only after the previous finished, so a slow backend is not piled on).
 * A hidden tab stops the timer; coming back polls at once, since that is when the citizen looks.
 * At most one timer exists at any time, and none after `hostDisconnected` or `stop()`.
 */
export class ThreadPoller implements ReactiveController {
  readonly #tick: () => Promise<unknown>;
  #interval = 0;
  #enabled = false;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  readonly #onVisibility = (): void => {
    if (document.hidden) this.#clear();
    else if (this.#active) void this.#run();
  };

  constructor(host: ReactiveControllerHost, tick: () => Promise<unknown>) {
    this.#tick = tick;
    host.addController(this);
  }

  /** True while a timer is pending or a tick is running. */
  get scheduled(): boolean {
    return this.#timer !== undefined || this.#running;
  }

  /** Starts (or re-times) polling; `interval <= 0` stops it. */
  start(interval: number): void {
    this.#enabled = interval > 0;
    const changed = interval !== this.#interval;
    this.#interval = interval;
    if (!this.#active) return this.#clear();
    if (changed || this.#timer === undefined) this.#schedule();
  }

  stop(): void {
    this.#enabled = false;
    this.#clear();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#active) this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clear();
  }

  get #active(): boolean {
    return this.#enabled && this.#connected && !document.hidden;
  }

  #schedule(): void {
    this.#clear();
    if (!this.#active || this.#running) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, this.#interval);
  }

  async #run(): Promise<void> {
    if (this.#running || !this.#active) return;
    this.#clear();
    this.#running = true;
    try {
      await this.#tick();
    } catch {
      // A failed poll is not worth a message: the next one retries, and the thread already shown stays.
    } finally {
      this.#running = false;
      this.#schedule();
    }
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
