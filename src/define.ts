/** Registers every letopis element, skipping tags already defined. */
import './source.js';
import './calendar.js';
import './news-list.js';
import './article.js';
import './archive.js';
