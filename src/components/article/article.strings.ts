import type { PluralForms, WordTables } from '../../core/strings.js';

export interface ArticleWords {
  [word: string]: string | PluralForms;
  back: string;
  loading: string;
  notFound: string;
}

export const articleWords: WordTables<ArticleWords> = {
  ru: { back: 'Назад', loading: 'Загрузка новости…', notFound: 'Новость не найдена' },
  en: { back: 'Back', loading: 'Loading the news item…', notFound: 'News item not found' },
};
