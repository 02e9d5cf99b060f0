import { LitElement } from 'lit';
import { PageController } from './page.js';

/**
 * What every visual letopis element is: a LitElement that follows how the
 * page wants to be read — its language, the reader's theme or low-vision
 * scheme, images on or off — as they change (`page.lang`; reading.ts
 * marks the host with the rest).
 */
export abstract class LetopisElement extends LitElement {
  /** How the page wants the element read: its language (`lang` here or above, else `ru`) and reading settings. */
  protected readonly page = new PageController(this);
}
