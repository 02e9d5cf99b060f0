import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    /* Its own width decides the layout of its items (a narrow column, large text), not the screen's. */
    container-type: inline-size;
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
  /* A skeleton row (part loading) has an item's layout and sizes. */
  [part~='item'],
  [part~='loading'] li {
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
  [part~='image'],
  .thumb {
    flex: none;
    align-self: flex-start;
    width: var(--letopis-thumb, 6em);
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
  }
  /* With images off, a thumbnail's alt text stands in its place. */
  [part~='image'].alt {
    aspect-ratio: auto;
    padding: 0.25em;
    border: 1px dashed var(--_border);
    font-size: 0.875em;
  }
  /* A narrow list (a phone, a sidebar, large text): the thumbnail goes above the text, never beside a sliver. */
  @container (max-width: 28em) {
    [part~='item'],
    [part~='loading'] li {
      flex-direction: column;
    }
    [part~='image'],
    .thumb {
      width: min(100%, 20em);
    }
  }
  .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
  }
  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='day-header'] h3 {
    font-size: 1em;
    margin: var(--_gap) 0 0;
  }
  /*
   * Each skeleton line as tall as the line it stands for (1lh; padding, which
   * does not collapse as margins do): the title, the time (in the meta's size), the lead.
   */
  [part~='loading'] span {
    display: block;
    height: 1em;
    padding-block: calc((1lh - 1em) / 2);
    background: color-mix(in srgb, currentColor 10%, transparent) content-box;
  }
  [part~='loading'] .thumb {
    height: auto;
    padding: 0;
    border-radius: var(--_radius);
  }
  [part~='loading'] .text {
    flex-grow: 1;
  }
  [part~='loading'] .meta {
    width: 30%;
  }
  [part~='loading'] .lead {
    margin-top: 0.25em;
  }
  [part~='more'],
  [part~='pager'] button {
    margin: var(--_gap) 0.5em 0 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='error'] {
    margin: var(--_gap) 0;
  }
  @media (forced-colors: active) {
    [aria-current='page'] {
      background: Highlight;
      color: HighlightText;
    }
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
