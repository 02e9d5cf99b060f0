import { css } from 'lit';

/**
 * What every element shares: the host's font and colour are inherited on
 * purpose; text properties a host page sets globally (justify, uppercase,
 * letter-spacing…) are reset so they do not leak in.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    line-height: var(--letopis-line-height, 1.4);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    margin: 0;
    padding: 0;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--letopis-focus-ring, 2px solid var(--letopis-accent, #0b5cad));
    outline-offset: 1px;
  }
`;
