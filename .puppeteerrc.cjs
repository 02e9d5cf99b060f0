// puppeteer (the Firefox launcher of the test runner) must not download a browser
// on `npm ci`: the tests use Debian's chromium and firefox-esr (scripts/check/browsers.mjs).
/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
};
