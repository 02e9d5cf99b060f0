import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../../data/http.js';

export type QueryStatus = 'idle' | 'pending' | 'complete' | 'error';

/**
 * Async work for an element, in the manner of `@lit/task`: it runs when its
 * key changes, aborts the run it replaces, and a late answer never
 * overwrites a newer one. The element renders `status` explicitly.
 */
export class Query<T> implements ReactiveController {
  status: QueryStatus = 'idle';
  value?: T;
  error?: unknown;
  /** The key of the last run; a new key runs again. */
  #key?: string;
  #controller?: AbortController;
  #run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The work; `undefined` from `key` means there is nothing to run. */
    private readonly task: (signal: AbortSignal) => Promise<T>,
    private readonly key: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.key();
    if (key !== this.#key) this.#start(key);
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    this.#key = undefined;
    this.status = this.status === 'pending' ? 'idle' : this.status;
  }

  /** Runs again with the same key (the retry button). */
  retry(): void {
    this.#start(this.key());
    this.host.requestUpdate();
  }

  #start(key: string | undefined): void {
    this.#key = key;
    this.#controller?.abort();
    const run = ++this.#run;
    if (key === undefined) {
      this.status = 'idle';
      return;
    }
    const controller = (this.#controller = new AbortController());
    this.status = 'pending';
    this.task(controller.signal).then(
      (value) => {
        if (run !== this.#run) return;
        this.value = value;
        this.error = undefined;
        this.status = 'complete';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (run !== this.#run || (isAbort(error) && controller.signal.aborted)) return;
        this.error = error;
        this.status = 'error';
        this.host.requestUpdate();
      },
    );
  }
}
