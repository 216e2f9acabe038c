import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../core/clock.js';

/**
 * Calls `tick` every `interval` ms while the host is connected and the tab is visible; never two ticks
 * at once (the next one is scheduled only after the previous finished, so a slow backend is not piled on).
 * A hidden tab stops the timer; coming back polls at once, since that is when the citizen looks.
 * At most one timer exists at any time, and none after `hostDisconnected` or `stop()`.
 */
export class ThreadPoller implements ReactiveController {
  readonly #tick: () => Promise<unknown>;
  readonly #clock: Clock;
  #interval = 0;
  #enabled = false;
  #connected = false;
  /** Cancels the pending timer, when there is one. */
  #timer: (() => void) | undefined;
  #running = false;
  readonly #onVisibility = (): void => {
    if (document.hidden) this.#clear();
    else if (this.#active) void this.#run();
  };

  constructor(host: ReactiveControllerHost, tick: () => Promise<unknown>, clock: Clock = systemClock) {
    this.#tick = tick;
    this.#clock = clock;
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
    this.#timer = this.#clock.after(this.#interval, () => {
      this.#timer = undefined;
      void this.#run();
    });
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
    this.#timer?.();
    this.#timer = undefined;
  }
}
