import type { PluralForms, WordTables } from '../../core/strings.js';

export interface CalendarWords {
  [word: string]: string | PluralForms;
  /** Prev/next buttons; the target month follows after ": ". */
  prevMonth: string;
  nextMonth: string;
  /** The heading button that opens the month/year picker. */
  chooseMonth: string;
}

export const calendarWords: WordTables<CalendarWords> = {
  ru: {
    prevMonth: 'Предыдущий месяц',
    nextMonth: 'Следующий месяц',
    chooseMonth: 'Выбрать месяц и год',
  },
  en: {
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    chooseMonth: 'Choose month and year',
  },
};
