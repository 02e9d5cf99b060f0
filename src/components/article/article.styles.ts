import { css } from 'lit';

export const articleStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  [part~='title'] {
    font-size: 1.6em;
    font-weight: bold;
    line-height: 1.25;
    margin: 0.25em 0 0.5em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
  }
  [part~='image'] {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0.75em 0;
  }
  [part~='lead'] {
    font-weight: bold;
  }
  /* Bodies from CMSs: nothing may be wider than the widget. */
  [part~='body'] img,
  [part~='body'] video {
    max-width: 100%;
    height: auto;
  }
  [part~='body'] table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  [part~='body'] pre {
    white-space: pre-wrap;
  }
  [part~='body'] a {
    color: var(--_accent);
  }
  [part~='back'] {
    color: var(--_accent);
    text-decoration: underline;
  }
  [part~='loading'] span {
    display: block;
    height: 1em;
    margin: 0.5em 0;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  [part~='loading'] span:first-child {
    height: 1.6em;
    width: 70%;
  }
  @media print {
    [part~='back'],
    [part~='retry'] {
      display: none;
    }
  }
`;
