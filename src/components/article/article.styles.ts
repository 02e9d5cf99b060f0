import { css } from 'lit';

export const articleStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  [part~='title'],
  .title {
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
  [part~='image'].alt {
    padding: 0.5em;
    border: 1px dashed var(--_border);
  }
  [part~='lead'] {
    font-weight: bold;
  }
  .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
  }
  /*
   * Bodies from CMSs, in the widget's colours; nothing may be wider than the
   * widget. A site styles them through these properties (and ::part(body)
   * for what inherits: font, colour, line height).
   */
  [part~='body'] {
    --_rule: var(--letopis-body-rule, color-mix(in srgb, currentColor 35%, transparent));
  }
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
    margin: 1em 0;
  }
  [part~='body'] th,
  [part~='body'] td {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }
  [part~='body'] :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  [part~='body'] li + li {
    margin-top: 0.25em;
  }
  [part~='body'] blockquote {
    margin: 1em 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_rule);
  }
  [part~='body'] figure {
    margin: 1em 0;
  }
  [part~='body'] figcaption {
    color: var(--_muted);
    font-size: 0.875em;
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
  /* Each skeleton line as tall as the line it stands for (1lh; padding, which does not collapse as margins do). */
  [part~='loading'] span {
    display: block;
    height: 1em;
    padding-block: calc((1lh - 1em) / 2);
    background: color-mix(in srgb, currentColor 10%, transparent) content-box;
  }
  [part~='loading'] span:last-child {
    width: 60%;
  }
  @media print {
    [part~='back'],
    [part~='retry'] {
      display: none;
    }
  }
`;
