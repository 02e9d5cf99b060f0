/** `letopis/source`: defines `<letopis-source>` and exports NewsSource. */
import { LetopisSource } from './components/source/letopis-source.js';

LetopisSource.define();

export { LetopisSource };
export { NewsSource, type NewsSourceOptions } from './data/news-source.js';

declare global {
  interface HTMLElementTagNameMap {
    'letopis-source': LetopisSource;
  }
}
