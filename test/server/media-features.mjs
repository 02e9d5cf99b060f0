// A test-runner command the built-in `emulateMedia` lacks: the media features Chromium emulates only
// through the DevTools protocol — Windows' forced colours (high contrast) and a reader's request for
// more contrast. `executeServerCommand('media-features', { 'forced-colors': 'active' })`; a feature
// left out is set to its "none" value.
/** Each feature and the value that means "not emulated" (an empty value does not end an emulation). */
const FEATURES = { 'forced-colors': 'none', 'prefers-contrast': 'no-preference' };

export function mediaFeaturesPlugin() {
  return {
    name: 'letopis-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!page?.createCDPSession) throw new Error('these media features are emulated in Chromium only');
      const unknown = Object.keys(payload ?? {}).filter((name) => !(name in FEATURES));
      if (unknown.length) throw new Error(`media-features: no such feature ${unknown.join(', ')}`);
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', {
        features: Object.entries(FEATURES).map(([name, none]) => ({ name, value: payload?.[name] ?? none })),
      });
      return true;
    },
  };
}
