// Diagnosis: one Lighthouse run of the demo post page and the main-thread tasks of its trace as they really ran
// (no throttling multiplier): every task of at least MIN ms (default 8), what it evaluated or called and the
// rendering work in it. Lighthouse's simulation counts each task about 4x longer, so a task over ~12 ms here is a
// "long task" in its TBT. `node bench/lh-tasks.mjs [query]`, e.g. `?loader=end`.
import lighthouse from 'lighthouse';
import { startBenchServer } from './server.mjs';
import { launchChrome } from './common.mjs';

const MIN = Number(process.env.MIN ?? 8);
const server = await startBenchServer();
const chrome = await launchChrome();
try {
  const { lhr, artifacts } = await lighthouse(`${server.origin}/demo/post.html${process.argv[2] ?? ''}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const a = lhr.audits;
  console.log(
    `score ${Math.round(lhr.categories.performance.score * 100)}, TBT ${a['total-blocking-time'].numericValue.toFixed(0)}, LCP ${a['largest-contentful-paint'].numericValue.toFixed(0)}, FCP ${a['first-contentful-paint'].numericValue.toFixed(0)}`,
  );
  for (const t of a['long-tasks']?.details?.items ?? [])
    console.log(
      `  simulated long task ${String(t.url).replace(server.origin, '')} start ${Math.round(t.startTime)} duration ${Math.round(t.duration)}`,
    );
  const events = artifacts.Trace.traceEvents;
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      e.args.data.documentLoaderURL?.includes('/demo/post.html'),
  );
  const pid = nav.pid;
  const tid = nav.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((x, y) => x.ts - y.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= MIN * 1000);
  const marks = events.filter(
    (e) => e.pid === pid && ['firstContentfulPaint', 'loadEventStart', 'domContentLoadedEventStart'].includes(e.name),
  );
  for (const m of marks) console.log(`mark ${m.name} at ${((m.ts - nav.ts) / 1000).toFixed(0)} ms`);
  const short = (u) => String(u ?? '').replace(server.origin, '');
  for (const t of tasks) {
    const inner = main.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
    const parts = new Map();
    for (const e of inner) {
      const d = e.args?.data ?? {};
      let key;
      if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule')
        key = `evaluate ${short(d.url ?? e.args?.url ?? e.args?.fileName ?? e.args?.data?.fileName)}`;
      else if (e.name === 'FunctionCall') key = `call ${short(d.url)}:${d.lineNumber ?? ''} ${d.functionName ?? ''}`;
      else if (
        e.name === 'TimerFire' ||
        e.name === 'FireIdleCallback' ||
        e.name === 'EventDispatch' ||
        e.name === 'FireAnimationFrame'
      )
        key = `${e.name} ${d.type ?? ''}`;
      else if (
        [
          'Layout',
          'UpdateLayoutTree',
          'Paint',
          'ParseHTML',
          'v8.compileModule',
          'v8.compile',
          'ParseAuthorStyleSheet',
          'IntersectionObserverController::computeIntersections',
          'MajorGC',
          'MinorGC',
          'V8.GC_SCAVENGER',
          'RunMicrotasks',
        ].includes(e.name)
      )
        key = e.name;
      if (!key) continue;
      parts.set(key, (parts.get(key) ?? 0) + e.dur / 1000);
    }
    if (process.env.NAMES)
      console.log(
        [...new Set(inner.filter((e) => e.dur > 1000).map((e) => `${e.name}${JSON.stringify(e.args).slice(0, 160)}`))]
          .slice(0, 30)
          .join('\n    '),
      );
    const desc = [...parts]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 6)
      .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
      .join(' | ');
    console.log(`task at ${((t.ts - nav.ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms  ${desc}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
