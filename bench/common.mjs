// What the bench scripts share: the median of their runs, and the headless Chromium Lighthouse drives.
import * as chromeLauncher from 'chrome-launcher';
import { findChrome } from '../scripts/find-chrome.mjs';

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Headless Chromium for Lighthouse (chrome-launcher), `CHROME_PATH` or the one find-chrome finds. */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || findChrome(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
