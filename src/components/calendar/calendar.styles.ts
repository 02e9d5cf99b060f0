import { css } from 'lit';

export const calendarStyles = css`
  :host {
    --_size: var(--letopis-cell-size, 2.75em);
    --_tint: color-mix(in srgb, var(--_accent) 12%, transparent);
    display: inline-block;
    /* Its natural size (a definite one, so grid and flex tracks size to it), narrowed to fit a sidebar or large print. */
    width: calc(7 * var(--_size) + 14px);
    max-width: 100%;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .head button {
    min-width: 2.75em;
    min-height: 2.75em;
    border-radius: var(--_radius);
  }
  /* The arrows point the way the months go: leftwards is forwards in Arabic or Hebrew. */
  :host(:dir(rtl)) [aria-hidden] {
    display: inline-block;
    scale: -1;
  }
  [part='heading'] {
    font-weight: bold;
  }
  button:hover,
  a:hover {
    background: var(--_tint);
  }
  .body {
    position: relative;
  }
  table {
    border-collapse: collapse;
    table-layout: fixed;
    width: 100%;
  }
  /* No fading while the month loads (aria-busy tells assistive technology): faded grey days fell below 4.5:1. */
  th,
  td {
    padding: 1px;
    text-align: center;
  }
  th {
    color: var(--_muted);
  }
  [part~='day'] {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    aspect-ratio: 1;
    border-radius: var(--_radius);
  }
  [part~='outside'] {
    color: var(--_muted);
  }
  [part~='has-news'] {
    background: var(--letopis-news-bg, var(--_tint));
    font-weight: bold;
  }
  /* Only days with news are links: underlined in the accent colour. */
  a {
    color: var(--_accent);
  }
  [part~='today'] {
    box-shadow: inset 0 0 0 2px currentColor;
  }
  /* Two attributes: beats button:hover, so the picked day stays legible under the pointer. */
  [part~='selected'][part] {
    background: var(--_accent);
    color: var(--letopis-accent-contrast, #fff);
  }
  @media (forced-colors: active) {
    [part~='selected'] {
      background: Highlight;
      color: HighlightText;
    }
    [part~='has-news'] {
      border: 1px solid LinkText;
    }
  }
`;
