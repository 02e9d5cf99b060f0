/** Registers a tag unless it is already taken: a page may load letopis twice. */
export function defineOnce(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
