// A test-runner command the built-in ones lack for Chromium: emulating Windows' forced colours
// (high-contrast mode) through the DevTools protocol. `executeServerCommand('forced-colors', { active })`.
export function forcedColorsPlugin() {
  return {
    name: 'letopis-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!page?.createCDPSession) throw new Error('forced colours are emulated in Chromium only');
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
