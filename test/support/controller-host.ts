import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A bare ReactiveControllerHost, to test a controller without rendering the element it serves. */
export class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  /** How many times a controller asked the host to render. */
  updates = 0;
  addController(c: ReactiveController): void { this.controllers.push(c); }
  removeController(c: ReactiveController): void {
    const i = this.controllers.indexOf(c);
    if (i >= 0) this.controllers.splice(i, 1);
  }
  requestUpdate(): void { this.updates++; }
  get updateComplete(): Promise<boolean> { return Promise.resolve(true); }
  connect(): this { this.controllers.forEach((c) => c.hostConnected?.()); return this; }
  disconnect(): void { this.controllers.forEach((c) => c.hostDisconnected?.()); }
}

/** The page's visibility as a controller that watches it sees it (`visibilitychange`). */
export class TestPage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(): void { this.visibilityState = 'visible'; this.dispatchEvent(new Event('visibilitychange')); }
  hide(): void { this.visibilityState = 'hidden'; this.dispatchEvent(new Event('visibilitychange')); }
}
