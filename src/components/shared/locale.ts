import { languageTag } from '../../core/intl.js';
import { DEFAULT_LOCALE } from '../../core/strings.js';
import { closestComposed } from './composed.js';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `ru`. A `lang` that is no language tag
 * (`{LANG}`, a template left unfilled) is passed over; POSIX spellings
 * (`ru_RU`, `ru-RU.UTF-8`) are read as the tag they mean.
 */
export function langOf(element: Element): string {
  const owner = closestComposed(element, (e) => !!languageTag(e.getAttribute('lang')));
  return (owner && languageTag(owner.getAttribute('lang'))) || DEFAULT_LOCALE;
}
