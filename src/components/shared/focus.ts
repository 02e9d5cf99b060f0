import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A focus move asked for before its target exists: an article's title
 * before the article has loaded, a list item before its page has come. The
 * target is looked for after each update of the host, and focused as soon
 * as it is there; when the host's data has settled without it, the request
 * ends unfocused. A new request replaces the one before.
 */
export class FocusRequest implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #pending?: {
    find: () => HTMLElement | null | undefined;
    settled: () => boolean;
    done: (focused: HTMLElement | undefined) => void;
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Focuses what `find` returns, now or after a later update; `settled` says
   * when to stop waiting. Resolves with the element focused, or undefined.
   */
  request(find: () => HTMLElement | null | undefined, settled: () => boolean): Promise<HTMLElement | undefined> {
    this.#pending?.done(undefined);
    return new Promise((done) => {
      this.#pending = { find, settled, done };
      this.#host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (!pending) return;
    const target = pending.find();
    if (!target && !pending.settled()) return;
    this.#pending = undefined;
    target?.focus();
    pending.done(target ?? undefined);
  }
}
