import { LitElement } from 'lit';
import { LangController } from './locale.js';

/**
 * What every visual letopis element is: a LitElement that knows the
 * reader's language and follows it when it changes.
 */
export abstract class LetopisElement extends LitElement {
  readonly #lang = new LangController(this);

  /** The language of labels and dates: `lang` on the element or its nearest ancestor, else `ru`. */
  protected get locale(): string {
    return this.#lang.value;
  }
}
