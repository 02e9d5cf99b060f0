/** `letopis/news-list`: defines `<letopis-news-list>` (Lit is a dependency, not bundled). */
import { LetopisNewsList } from './components/news-list/letopis-news-list.js';

LetopisNewsList.define();

export { LetopisNewsList };
export type { ListPaging, SelectDetail } from './components/news-list/letopis-news-list.js';

declare global {
  interface HTMLElementTagNameMap {
    'letopis-news-list': LetopisNewsList;
  }
}
