import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a page URL parameter (`date-param`, `id-param`): `apply` gets its
 * value when the element connects, when the parameter's name is set or
 * changed, and on every Back/Forward, so widgets on separate CMS pages
 * cooperate through plain links.
 */
export class PageParamController implements ReactiveController {
  readonly #name: () => string | undefined;
  readonly #apply: (value: string) => void;
  /** The parameter name last read, so a change of `date-param` itself reads the URL again. */
  #read?: string;
  readonly #onPopState = () => this.#readUrl();

  constructor(host: ReactiveControllerHost, name: () => string | undefined, apply: (value: string) => void) {
    this.#name = name;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPopState);
    this.#readUrl();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  hostUpdate(): void {
    if (this.#name() !== this.#read) this.#readUrl();
  }

  #readUrl(): void {
    const name = (this.#read = this.#name());
    const value = name ? new URLSearchParams(location.search).get(name) : null;
    if (value) this.#apply(value);
  }
}
