// Finds Chrome or Chromium for the browser tests, the smoke test and the benchmarks.
// Run directly, it exits with one clear line when none is found.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  for (const path of ['/usr/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']) {
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Flags for headless Chromium on this kind of machine (root needs --no-sandbox; no background traffic). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!findChrome()) {
    console.error(
      'No Chrome or Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to the browser executable.',
    );
    process.exit(1);
  }
}
