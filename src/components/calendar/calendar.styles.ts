import { css } from 'lit';

export const calendarStyles = css`
  :host {
    --_size: var(--letopis-cell-size, 2.75em);
    display: inline-block;
    /*
     * Its natural size as a ceiling, not a width: it shrinks to any narrower
     * column (a 320 px screen, large text), and its max-content — what grid
     * and flex tracks size to — is that size, not the table's.
     */
    max-width: calc(7 * var(--_size) + 14px);
  }
  .head {
    display: flex;
    align-items: center;
  }
  /* Targets of 44 px at 16 px text; with large text they stop growing sideways, so the month keeps its room. */
  .head button {
    min-width: min(2.75em, 48px);
    min-height: 2.75em;
    border-radius: var(--_radius);
  }
  /* The arrows point the way the months go: leftwards is forwards in Arabic or Hebrew. */
  [aria-hidden]:dir(rtl) {
    display: inline-block;
    scale: -1;
  }
  /* Between the arrows, whatever the month's name: a longer one moves nothing. */
  [part='heading'] {
    flex: 1;
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
  /* The adjacent months' days are muted; the shown month's days without news keep the text colour. */
  [part~='outside'] {
    color: var(--_muted);
  }
  [part~='disabled'] {
    opacity: 0.45;
  }
  [part~='has-news'] {
    background: var(--_news);
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
    color: var(--_on-accent);
  }
  /* System colours: each state keeps a mark of its own (the today ring, a box-shadow, is dropped there). */
  @media (forced-colors: active) {
    [part~='selected'][part] {
      background: Highlight;
      color: HighlightText;
    }
    [part~='has-news'] {
      border: 1px solid LinkText;
    }
    [part~='today'] {
      outline: 2px solid CanvasText;
      outline-offset: -3px;
    }
    [part~='outside'] {
      color: GrayText;
    }
  }
`;
