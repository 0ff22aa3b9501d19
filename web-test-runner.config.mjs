import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { demoBlogRoutes, mockRoutes } from './test/server/routes.mjs';
import { mediaFeaturesPlugin } from './test/server/media.mjs';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

// Blogger's and Mailchimp's hosts lead to the test server (same port), so that the JSONP host rules are tested
// end to end: http://x.blogspot.com:<port>/mock/... and http://x.us1.list-manage.com:<port>/mock/...
const HOST_ALIASES =
  '--host-resolver-rules=MAP *.blogspot.com 127.0.0.1, MAP *.blogger.com 127.0.0.1, MAP *.list-manage.com 127.0.0.1';

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
    mediaFeaturesPlugin(),
  ],
  middleware: [mockRoutes, demoBlogRoutes],
  // Each test file in its own window: a background tab gets no animation frames (fixture() and nextFrame() hang)
  // and no rendering (layout-shift entries never come) while another file runs beside it.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, HOST_ALIASES] },
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
