// Diagnosis: one Lighthouse run of the demo post page (`?widgets=0` for the page without them): its LCP element,
// the long tasks TBT counts and the scripts' main-thread time. `node bench/lh-why.mjs [query]`.
import lighthouse from 'lighthouse';
import { startBenchServer } from './server.mjs';
import { launchChrome } from './common.mjs';

const server = await startBenchServer();
const chrome = await launchChrome();
try {
  const { lhr } = await lighthouse(`${server.origin}/demo/post.html${process.argv[2] ?? ''}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const a = lhr.audits;
  console.log(
    `score ${Math.round(lhr.categories.performance.score * 100)}, TBT ${a['total-blocking-time'].numericValue.toFixed(0)}, LCP ${a['largest-contentful-paint'].numericValue.toFixed(0)}, FCP ${a['first-contentful-paint'].numericValue.toFixed(0)}, CLS ${a['cumulative-layout-shift'].numericValue}`,
  );
  console.log('LCP element:', String(JSON.stringify(a['largest-contentful-paint-element'])).slice(0, 400));
  for (const p of a['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? [])
    console.log('  LCP phase', p.phase, Math.round(p.timing));
  console.log('long tasks:');
  for (const t of a['long-tasks']?.details?.items ?? [])
    console.log(
      `  ${String(t.url).replace(server.origin, '')} start ${Math.round(t.startTime)} duration ${Math.round(t.duration)}`,
    );
  console.log('bootup:');
  for (const t of a['bootup-time']?.details?.items ?? [])
    console.log(
      `  ${String(t.url).replace(server.origin, '')} total ${Math.round(t.total)} script ${Math.round(t.scripting)} parse ${Math.round(t.scriptParseCompile)}`,
    );
  const lcpReq = a['network-requests'].details.items.map(
    (r) =>
      `  ${Math.round(r.networkRequestTime)}-${Math.round(r.networkEndTime)} ${r.priority} ${r.url.replace(server.origin, '')}`,
  );
  console.log('requests:\n' + lcpReq.join('\n'));
} finally {
  await chrome.kill();
  await server.close();
}
