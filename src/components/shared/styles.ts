import { css } from 'lit';

/**
 * What every element shares: the host's font and colour are inherited on
 * purpose; text properties a host page sets globally (justify, uppercase,
 * letter-spacing…) are reset so they do not leak in.
 */
export const hostStyles = css`
  :host {
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    white-space: normal;
    font-weight: normal;
    line-height: var(--letopis-line-height, 1.4);
    --_accent: var(--letopis-accent, #0b5cad);
    --_radius: var(--letopis-radius, 0.25em);
    --_muted: var(--letopis-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  :host([hidden]) {
    display: none !important;
  }
  .sr {
    position: absolute;
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
  .retry {
    margin: 0.25em 0;
    padding: 0.25em 0.75em;
    border: 1px solid;
    border-radius: var(--_radius);
  }
  :focus-visible {
    outline: var(--letopis-focus-ring, 2px solid var(--_accent));
    outline-offset: 1px;
  }
  [aria-disabled='true'] {
    cursor: default;
    opacity: 0.45;
  }
`;
