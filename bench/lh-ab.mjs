// A/B on a shared, noisy machine: Lighthouse (mobile, simulated throttling) on the demo post page with this
// worktree's dist/ against another build of the library in dist-<name>/ (e.g. `dist-base`: main built apart and
// copied there), runs alternating, medians; the page without widgets once in each round as the floor. Prints each
// run's TBT and LCP and the load average beside them. `node bench/lh-ab.mjs [dist-name] [runs]`; or
// `BENCH_AB='?drop=book-appointment'` to compare with a query of bench/server.mjs instead of another build.
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { startBenchServer } from './server.mjs';
import { launchChrome, median } from './common.mjs';

const other = process.env.BENCH_AB ? 'query' : (process.argv[2] ?? 'dist-base');
const RUNS = Number(process.argv[3] ?? 5);
const server = await startBenchServer();
const chrome = await launchChrome();
const variants = { [other]: process.env.BENCH_AB ?? `?dist=${other}`, dist: '', without: '?widgets=0' };
const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
try {
  for (let i = 0; i < RUNS; i += 1) {
    const order = i % 2 ? [other, 'dist', 'without'] : ['dist', other, 'without'];
    for (const v of order) {
      const { lhr } = await lighthouse(`${server.origin}/demo/post.html${variants[v]}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const r = {
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        load: loadavg()[0],
      };
      samples[v].push(r);
      console.log(
        `run ${i + 1} ${v.padEnd(10)} TBT ${String(Math.round(r.tbt)).padStart(4)}  LCP ${String(Math.round(r.lcp)).padStart(5)}  load ${r.load.toFixed(2)}`,
      );
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
for (const [v, rs] of Object.entries(samples))
  console.log(
    `median ${v.padEnd(10)} TBT ${Math.round(median(rs.map((r) => r.tbt)))}  LCP ${Math.round(median(rs.map((r) => r.lcp)))}  (load ${rs.map((r) => r.load.toFixed(1)).join(' ')})`,
  );
