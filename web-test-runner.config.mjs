import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { demoBlogRoutes, mockRoutes } from './test/server/routes.mjs';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

/** `executeServerCommand('forced-colors', { active })`: forced colours (Windows High Contrast) as Chromium emulates them. */
function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  // The shared corpora live beside the project (../shared/corpora): let the server read them.
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsCommand(),
  ],
  middleware: [mockRoutes, demoBlogRoutes],
  // Each test file in its own window: a background tab gets no animation frames (fixture() and nextFrame() hang)
  // and no rendering (layout-shift entries never come) while another file runs beside it.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
