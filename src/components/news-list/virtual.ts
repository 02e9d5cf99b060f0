/**
 * Virtualisation for long lists, loaded when a list passes 200 rows: only
 * the rows near the viewport are in the DOM, in reading order, each with
 * `aria-posinset`/`aria-setsize`, so a screen reader still hears where it is.
 */
export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
