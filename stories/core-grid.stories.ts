import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { formatMonthHeading, monthGrid, weekdayNames, type Weekday } from '../src/index.js';

interface GridArgs {
  month: string;
  firstDayOfWeek: Weekday;
  fixedWeeks: boolean;
  locale: string;
}

/** The pure month grid from `src/core`, drawn as a plain table: what every calendar builds on. */
const meta: Meta<GridArgs> = {
  title: 'Core/monthGrid',
  args: { month: '2017-10', firstDayOfWeek: 1, fixedWeeks: false, locale: 'ru' },
  argTypes: {
    month: { control: 'text', description: '`YYYY-MM`' },
    firstDayOfWeek: { control: { type: 'select' }, options: [0, 1, 2, 3, 4, 5, 6], description: '0 = Sunday' },
    locale: { control: 'select', options: ['ru', 'en', 'de', 'ar'] },
  },
  render: ({ month, firstDayOfWeek, fixedWeeks, locale }) => html`
    <table lang=${locale} style="border-collapse: collapse; font: 14px/1.4 system-ui; text-align: right">
      <caption style="font-weight: 600; padding: 4px">
        ${formatMonthHeading(month, locale)}
      </caption>
      <thead>
        <tr>
          ${weekdayNames(locale, 'short', Number(firstDayOfWeek) as Weekday).map((d) => html`<th style="padding: 4px 8px">${d}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthGrid(month, { firstDayOfWeek: Number(firstDayOfWeek), fixedWeeks }).map(
          (week) =>
            html`<tr>
              ${week.map(
                (date) =>
                  html`<td
                    style="padding: 4px 8px; color: ${date.startsWith(month) ? 'inherit' : 'GrayText'}"
                    title=${date}
                  >
                    ${+date.slice(8)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
export default meta;

type Story = StoryObj<GridArgs>;

/** The seed's October 2017: Mon 25 Sep .. Sun 5 Nov. */
export const October2017: Story = {};
/** February 2021 needs only four weeks. */
export const February2021: Story = { args: { month: '2021-02' } };
/** Always six weeks, Sunday first, in English. */
export const SundayFirstFixed: Story = {
  args: { month: '2024-02', firstDayOfWeek: 0, fixedWeeks: true, locale: 'en' },
};
