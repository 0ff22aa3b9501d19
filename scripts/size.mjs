// npm run size: raw, gzip and brotli bytes of the bundle and every widget module, checked against scripts/budgets.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

if (!existsSync('dist/blog-widgets.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).size;
const files = ['dist/blog-widgets.js', ...readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'blog-widgets.js').sort().map((f) => `dist/${f}`)];

/** A widget module's real cost: itself plus the shared chunks it imports. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) {
    closure(new URL(spec, `file:///${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 2), seen);
  }
  return seen;
}

const rows = [];
let failed = false;
for (const file of files) {
  const text = Buffer.concat([...closure(file)].map((f) => readFileSync(f)));
  const raw = text.length;
  const gzip = gzipSync(text, { level: 9 }).length;
  const brotli = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgets[file] ?? budgets['dist/*.js'];
  const over = budget && gzip > budget.gzip;
  failed ||= over;
  rows.push({ file, raw, gzip, brotli, budget: budget?.gzip ?? '-', status: over ? 'OVER' : 'ok' });
}
const pad = (v, n) => String(v).padStart(n);
console.log(`${'module (with its chunks)'.padEnd(32)}${pad('raw', 9)}${pad('gzip', 9)}${pad('brotli', 9)}${pad('budget', 9)}  status`);
for (const r of rows) {
  console.log(`${r.file.padEnd(32)}${pad(r.raw, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}${pad(r.budget, 9)}  ${r.status}`);
}
// Chunks loaded only on demand (the language tables outside the bundle): not part of any module's first download.
const loaded = new Set(files.flatMap((file) => [...closure(file)]));
const lazy = readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`).filter((f) => !loaded.has(f));
if (lazy.length) {
  const sizes = lazy.map((f) => gzipSync(readFileSync(f), { level: 9 }).length);
  console.log(`${`on demand: ${lazy.length} chunks`.padEnd(32)}${pad('', 9)}${pad(`≤${Math.max(...sizes)}`, 9)}   (each, gzip; e.g. one language table)`);
}
if (failed) {
  console.error('size: over budget (scripts/budgets.json)');
  process.exit(1);
}
