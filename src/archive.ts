/** `letopis/archive`: defines `<letopis-archive>` with the calendar, list, article and source it is made of. */
import './source.js';
import './calendar.js';
import './news-list.js';
import './article.js';
import { LetopisArchive } from './components/archive/letopis-archive.js';

LetopisArchive.define();

export { LetopisArchive };
export type { ArchiveRoute } from './components/archive/letopis-archive.js';

declare global {
  interface HTMLElementTagNameMap {
    'letopis-archive': LetopisArchive;
  }
}
