import { css } from 'lit';

export const calendarStyles = css`
  :host {
    --_accent: var(--letopis-accent, #0b5cad);
    --_size: var(--letopis-cell-size, 2.75em);
    --_radius: var(--letopis-radius, 0.25em);
    --_muted: var(--letopis-muted, color-mix(in srgb, currentColor 62%, transparent));
    display: inline-block;
    position: relative;
    max-width: 100%;
  }
  .head,
  .years {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em;
    margin-block-end: 0.25em;
  }
  .nav,
  [part~='heading'] {
    min-height: 2.75em;
    border-radius: var(--_radius);
  }
  .nav {
    min-width: 2.75em;
    font-size: 1.25em;
    line-height: 1;
  }
  [part~='heading'] {
    font-weight: bold;
    padding-inline: 0.5em;
  }
  button:hover:not([aria-disabled='true']),
  a:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  [aria-disabled='true'] {
    cursor: default;
  }
  .nav[aria-disabled='true'] {
    opacity: 0.4;
  }
  .body {
    position: relative;
  }
  table {
    border-collapse: collapse;
    border-spacing: 0;
    margin: 0;
    border: 0;
    background: none;
    table-layout: fixed;
  }
  table[aria-busy='true'] tbody {
    opacity: 0.7;
  }
  th,
  td {
    padding: 1px;
    border: 0;
    background: none;
    text-align: center;
    vertical-align: middle;
  }
  th {
    font-size: 0.85em;
    font-weight: normal;
    padding-block: 0.25em;
    color: var(--_muted);
  }
  [part~='day'] {
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--_size);
    height: var(--_size);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
    font-variant-numeric: tabular-nums;
  }
  [part~='outside'] {
    color: var(--_muted);
  }
  [part~='has-news'] {
    background: var(--letopis-news-bg, color-mix(in srgb, var(--_accent) 12%, transparent));
    color: var(--_accent);
    font-weight: bold;
  }
  a[part~='has-news'] {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  [part~='outside'][part~='has-news'] {
    color: var(--_muted);
  }
  [part~='today'] {
    box-shadow: inset 0 0 0 2px currentColor;
  }
  [part~='selected'] {
    background: var(--_accent);
    color: var(--letopis-accent-contrast, #fff);
  }
  [part~='disabled'] {
    opacity: 0.45;
    text-decoration: line-through;
  }
  .picker {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    background: var(--letopis-surface, Canvas);
    color: inherit;
  }
  .months {
    flex: 1;
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 2px;
  }
  .months button {
    border-radius: var(--_radius);
    padding: 0.25em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .months [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--letopis-accent-contrast, #fff);
  }
  .months [aria-disabled='true'] {
    opacity: 0.45;
  }
  #year {
    font-weight: bold;
  }
  .status {
    margin-block-start: 0.25em;
    max-width: calc(var(--_size) * 7 + 14px);
  }
  .retry {
    margin-block-start: 0.25em;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    [part~='selected'],
    .months [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    [part~='has-news'] {
      border: 1px solid LinkText;
    }
  }
`;
