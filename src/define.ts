/** Registers every letopis element, skipping tags already defined. */
import './source.js';
import './calendar.js';
