import { css } from 'lit';

/**
 * What every element shares. The host's font and colour are inherited on
 * purpose. The text settings a host page may force on every element (`* {
 * line-height: 3 !important }`) stop at the host, `!important` beating the
 * page's: line height, letter and word spacing come from the documented
 * tokens, and a low-vision panel's or a reader's (reading.ts) let the page's
 * in; justify, uppercase and indents are reset.
 *
 * The colours of every part come from these private tokens, each the
 * documented `--letopis-*` property of the same name when set: a scheme
 * (reading.ts) sets them all at once.
 */
export const hostStyles = css`
  :host {
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal;
    font-weight: normal;
    line-height: var(--letopis-line-height, 1.4) !important;
    letter-spacing: var(--letopis-letter-spacing, normal) !important;
    word-spacing: var(--letopis-word-spacing, normal) !important;
    color: var(--_text);
    --_text: var(--letopis-text, currentColor);
    --_muted: var(--letopis-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_border: var(--letopis-border, currentColor);
    --_accent: var(--letopis-accent, #0b5cad);
    --_on-accent: var(--letopis-accent-contrast, #fff);
    --_tint: color-mix(in srgb, var(--_accent) 12%, transparent);
    --_news: var(--letopis-news-bg, var(--_tint));
    --_radius: var(--letopis-radius, 0.25em);
  }
  /* The reader asked for more contrast: secondary text as strong as the rest (over a site's own muted colour). */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_text);
    }
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
    letter-spacing: inherit;
    word-spacing: inherit;
    color: inherit;
    background: none;
    border: 0;
    margin: 0;
    padding: 0;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--letopis-focus-ring, 2px solid var(--_accent));
    outline-offset: 1px;
  }
  [aria-disabled='true'] {
    cursor: default;
  }
  /* Controls that cannot be used now fade; a calendar's days say so by their parts (calendar.styles.ts). */
  [aria-disabled='true']:not([part~='day']) {
    opacity: 0.45;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
