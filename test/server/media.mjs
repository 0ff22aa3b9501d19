// A test-runner command that emulates media features the built-in emulateMedia cannot reach with Puppeteer:
//   executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
// An empty list (or a value of '') restores the defaults. Chromium applies its forced-colours palette, so computed
// colours are the system colours a Windows High Contrast visitor sees.
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-media-features needs Puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(Array.isArray(payload) ? payload : []);
      return true;
    },
  };
}
