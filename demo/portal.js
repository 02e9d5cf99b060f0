// The portal's own script. Its "Версия для слабовидящих" button is the real
// bvi panel (npm `bvi`, served from node_modules under /vendor/bvi/ by
// demo/server.mjs), started as government sites start it; the panel keeps
// its settings in cookies across pages, and the widgets follow each of them.
import { letBviCookiesIn } from './bvi-local.js';

letBviCookiesIn();
new window.isvek.Bvi({ target: '.bvi-open', speech: false });
