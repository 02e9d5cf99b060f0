import type { PluralForms, WordTables } from '../../core/strings.js';

export interface ListWords {
  [word: string]: string | PluralForms;
  loading: string;
  /** `{date}` is the full date: "За 3 января 2018 г. новостей нет". */
  emptyDay: string;
  emptyRange: string;
  emptyFeed: string;
  more: string;
  /** Said when "Показать ещё" brought news: `{count}` is "5 новостей". */
  moreLoaded: string;
  /** Said when it brought none. */
  noMore: string;
  allNews: string;
  archive: string;
  /** The pager's label. */
  pages: string;
  /** A page button's name: "Страница 3". */
  page: string;
  stopLoading: string;
}

export const listWords: WordTables<ListWords> = {
  ru: {
    loading: 'Загрузка новостей…',
    emptyDay: 'За {date} новостей нет',
    emptyRange: 'За выбранный период новостей нет',
    emptyFeed: 'Новостей пока нет',
    more: 'Показать ещё',
    moreLoaded: 'Показано ещё {count}',
    noMore: 'Больше новостей нет',
    allNews: 'Все новости',
    archive: 'Архив',
    pages: 'Страницы',
    page: 'Страница {n}',
    stopLoading: 'Не подгружать дальше',
  },
  en: {
    loading: 'Loading the news…',
    emptyDay: 'No news on {date}',
    emptyRange: 'No news in this period',
    emptyFeed: 'No news yet',
    more: 'Show more',
    moreLoaded: '{count} more shown',
    noMore: 'No more news',
    allNews: 'All news',
    archive: 'Archive',
    pages: 'Pages',
    page: 'Page {n}',
    stopLoading: 'Stop loading more',
  },
};
