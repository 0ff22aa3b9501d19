// Lighthouse 12.2.3 on the demo post page, served gzipped by bench/server.mjs: mobile, simulated throttling (the
// defaults), 3 runs each WITH the widgets and WITHOUT them (the same page, their tags left out), alternating;
// medians. Then the page at 360 px with every chunk and feed 2 s late: its CLS. Budgets in scripts/budgets.json
// ("lighthouse"); prints a table, writes bench/lighthouse.json, fails when a budget is missed.
// `BENCH_LH_RUNS=5` for more runs.
import { writeFileSync, readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { startBenchServer } from './server.mjs';
import { launchChrome, median } from './common.mjs';

const budget = JSON.parse(readFileSync(new URL('../scripts/budgets.json', import.meta.url), 'utf8')).lighthouse;
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
let late = false;
const server = await startBenchServer({
  delay: (url) => (late && (url.pathname.startsWith('/dist/') || url.pathname.startsWith('/feeds/')) ? 2000 : 0),
});
const chrome = await launchChrome();
async function run(url, settings = {}) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    settings.screen
      ? {
          extends: 'lighthouse:default',
          settings: {
            onlyCategories: ['performance'],
            screenEmulation: { mobile: true, width: 360, height: 640, deviceScaleFactor: 2, disabled: false },
          },
        }
      : undefined,
  );
  const { audits, categories } = result.lhr;
  return {
    score: Math.round(categories.performance.score * 100),
    tbt: audits['total-blocking-time'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    // The simulated long tasks TBT sums (each task of the trace about 4x longer), for the floor printed below.
    longTasks: (audits['long-tasks']?.details?.items ?? []).map((t) => ({
      url: String(t.url).replace(server.origin, ''),
      start: Math.round(t.startTime),
      duration: Math.round(t.duration),
    })),
  };
}
const samples = { with: [], without: [] };
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const variant of i % 2 ? ['with', 'without'] : ['without', 'with']) {
      samples[variant].push(await run(`${server.origin}/demo/post.html${variant === 'with' ? '' : '?widgets=0'}`));
    }
  }
  late = true;
  samples.late = [await run(`${server.origin}/demo/post.html`, { screen: true })];
} finally {
  await chrome.kill();
  await server.close();
}
const med = Object.fromEntries(
  Object.entries(samples).map(([k, runs]) => [
    k,
    Object.fromEntries(['score', 'tbt', 'lcp', 'cls'].map((m) => [m, median(runs.map((r) => r[m]))])),
  ]),
);
const rows = [
  [
    'performance score',
    med.without.score,
    med.with.score,
    med.with.score - med.without.score,
    -budget.scoreDrop,
    (d) => d >= -budget.scoreDrop,
  ],
  [
    'Total Blocking Time (ms)',
    med.without.tbt,
    med.with.tbt,
    med.with.tbt - med.without.tbt,
    budget.tbtMs,
    (d) => d <= budget.tbtMs,
  ],
  [
    'Largest Contentful Paint (ms)',
    med.without.lcp,
    med.with.lcp,
    med.with.lcp - med.without.lcp,
    budget.lcpMs,
    (d) => d <= budget.lcpMs,
  ],
  [
    'Cumulative Layout Shift',
    med.without.cls,
    med.with.cls,
    med.with.cls - med.without.cls,
    budget.cls,
    () => med.with.cls <= budget.cls,
  ],
];
const fmt = (v) => (Math.abs(v) < 1 && v !== 0 ? v.toFixed(3) : Math.round(v));
console.log(`lighthouse 12.2.3, demo post page, mobile, simulated throttling, median of ${RUNS} each, alternating`);
console.log(
  `${'metric'.padEnd(32)}${'without'.padStart(10)}${'with'.padStart(10)}${'change'.padStart(10)}${'budget'.padStart(10)}  status`,
);
let failed = false;
for (const [name, a, b, d, lim, ok] of rows) {
  failed ||= !ok(d);
  console.log(
    `${name.padEnd(32)}${String(fmt(a)).padStart(10)}${String(fmt(b)).padStart(10)}${String(fmt(d)).padStart(10)}${String(lim).padStart(10)}  ${ok(d) ? 'ok' : 'OVER'}`,
  );
}
const lateCls = med.late.cls;
failed ||= lateCls > budget.cls;
console.log(
  `${'360 px, everything 2 s late: CLS'.padEnd(52)}${String(fmt(lateCls)).padStart(10)}${String(budget.cls).padStart(10)}  ${lateCls <= budget.cls ? 'ok' : 'OVER'}`,
);
// Where TBT comes from: the median run WITH the widgets, its simulated long tasks after FCP (TBT counts 50 ms less each).
const withRun = [...samples.with].sort((a, b) => a.tbt - b.tbt)[samples.with.length >> 1];
const tbtNote = `median run with widgets (TBT ${Math.round(withRun.tbt)})`;
console.log(`long tasks after FCP (${Math.round(withRun.fcp)} ms), ${tbtNote}:`);
for (const t of withRun.longTasks.filter((x) => x.start + x.duration > withRun.fcp))
  console.log(`  ${String(t.duration).padStart(4)} ms at ${t.start} ms  ${t.url}`);
console.log('  (simulated: each task of the trace about 4x; `node bench/lh-tasks.mjs` lists them as they really ran)');
writeFileSync(
  new URL('./lighthouse.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, samples, medians: med }, null, 2)}\n`,
);
if (failed) {
  console.error('bench: Lighthouse budget missed');
  process.exit(1);
}
