// npm run bench: headless Chromium loads the built bundle and reports medians of repeated runs.
// Every file in bench/cases/ exports `cases`: [{ name, budget (ms, optional), runs, measure(page, ctx) => ms }].
// Prints a table, writes bench/results.json and fails when a median is over its budget.
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, startServer, widgetTags } from '../scripts/static-server.mjs';
import { median } from './common.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const server = await startServer({
  '/bench/blank.html': {
    html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main></main></body></html>',
  },
  '/favicon.ico': { html: '' },
});
const browser = await launchBrowser();
const ctx = { origin: server.origin, tags: await widgetTags(), browser };

const results = [];
try {
  const files = readdirSync(`${here}cases`)
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  for (const file of files) {
    const { cases } = await import(pathToFileURL(`${here}cases/${file}`).href);
    for (const c of await cases(ctx)) {
      // A case that names a budget must find it (a key missing from scripts/budgets.json is a mistake, not "none").
      if ('budget' in c && typeof c.budget !== 'number')
        throw new Error(`bench: case "${c.name}" has no budget value (${file})`);
      const samples = [];
      for (let i = 0; i < (c.runs ?? RUNS); i += 1) samples.push(await c.measure(ctx, i));
      const m = median(samples);
      results.push({
        case: c.name,
        runs: samples.length,
        median: Number(m.toFixed(3)),
        min: Number(Math.min(...samples).toFixed(3)),
        max: Number(Math.max(...samples).toFixed(3)),
        budget: c.budget ?? null,
        ok: c.budget == null || m <= c.budget,
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const width = Math.max(...results.map((r) => r.case.length), 10) + 2;
const pad = (v, n = 10) => String(v).padStart(n);
console.log(
  `${'case'.padEnd(width)}${pad('runs', 6)}${pad('median ms')}${pad('min')}${pad('max')}${pad('budget')}  status`,
);
for (const r of results) {
  console.log(
    `${r.case.padEnd(width)}${pad(r.runs, 6)}${pad(r.median)}${pad(r.min)}${pad(r.max)}${pad(r.budget ?? '-')}  ${r.ok ? 'ok' : 'OVER'}`,
  );
}
writeFileSync(`${here}results.json`, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
if (results.some((r) => !r.ok)) {
  console.error('bench: a median is over its budget');
  process.exit(1);
}
