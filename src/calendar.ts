/** `letopis/calendar`: defines `<letopis-calendar>` (Lit is a dependency, not bundled). */
import { LetopisCalendar } from './components/calendar/letopis-calendar.js';

LetopisCalendar.define();

export { LetopisCalendar };
export type { MonthChangeDetail } from './components/calendar/letopis-calendar.js';

declare global {
  interface HTMLElementTagNameMap {
    'letopis-calendar': LetopisCalendar;
  }
}
