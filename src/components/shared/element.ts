import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { render } from 'lit-html';

/**
 * LitElement in a few lines: a ReactiveElement that renders its lit-html
 * template into its shadow root. (letopis uses no async directives, so the
 * rest of LitElement is weight it does not need.)
 */
export abstract class LetopisElement extends ReactiveElement {
  protected abstract render(): unknown;

  protected override update(changed: PropertyValues): void {
    const value = this.render();
    super.update(changed);
    render(value, this.renderRoot as HTMLElement, { host: this });
  }
}
