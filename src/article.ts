/** `letopis/article`: defines `<letopis-article>` (Lit is a dependency, not bundled). */
import { LetopisArticle } from './components/article/letopis-article.js';

LetopisArticle.define();

export { LetopisArticle };

declare global {
  interface HTMLElementTagNameMap {
    'letopis-article': LetopisArticle;
  }
}
