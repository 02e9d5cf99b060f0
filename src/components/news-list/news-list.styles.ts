import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    --_gap: var(--letopis-gap, 0.75em);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .spacer {
    overflow-anchor: none;
  }
  [part~='item'] {
    display: flex;
    gap: var(--_gap);
    padding-block: calc(var(--_gap) / 2);
  }
  [part~='heading'] {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  [part~='title'] {
    color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='lead'] {
    margin: 0.25em 0 0;
  }
  [part~='image'] {
    flex: none;
    width: var(--letopis-thumb, 6em);
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
  }
  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='day-header'] h3 {
    font-size: 1em;
    margin: var(--_gap) 0 0;
  }
  [part~='loading'] li {
    padding-block: calc(var(--_gap) / 2);
  }
  [part~='loading'] span {
    display: block;
    height: 1em;
    margin-block: 0.2em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  [part~='loading'] span + span {
    width: 30%;
  }
  [part~='more'],
  [part~='pager'] button {
    margin: var(--_gap) 0.5em 0 0;
    padding: 0.25em 0.75em;
    border: 1px solid;
    border-radius: var(--_radius);
  }
  [aria-current='page'] {
    background: var(--_accent);
    color: var(--letopis-accent-contrast, #fff);
  }
  .links {
    display: flex;
    gap: 1em;
    margin: var(--_gap) 0 0;
  }
  .links a {
    color: var(--_accent);
  }
  .links:empty {
    display: none;
  }
`;
