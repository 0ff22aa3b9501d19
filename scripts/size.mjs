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
// What the bundle loads only when a page needs it: dynamic import() targets, with their own static imports. They are
// not part of the first download, so not of the budget; they are listed so that nothing hides there unmeasured.
const PURPOSE = {
  formats: 'feeds other than Blogger (WordPress, RSS, Atom, JSON Feed)',
  'page-translation': 'translating the page itself (after a visitor asks)',
  steps: 'booking once a day is picked: details, review, sending, calendar file',
  signup: 'sending a sign-up, once a visitor focuses the subscribe form',
  qr: 'the UPI QR code (lean-qr), when a visitor asks to see it',
  upi: 'checking upi and fee, on pages that set them',
  bn: 'Bengali strings', mr: 'Marathi strings', ta: 'Tamil strings', te: 'Telugu strings', ur: 'Urdu strings',
  es: 'Spanish strings', pt: 'Portuguese strings', fr: 'French strings', de: 'German strings', ru: 'Russian strings',
  id: 'Indonesian strings', ar: 'Arabic strings',
};
const bundle = files[0];
const upFront = closure(bundle);
const onDemand = [...readFileSync(bundle, 'utf8').matchAll(/import\(\s*[`"'](\.\/chunks\/[^`"']+)[`"']\s*\)/g)].map(([, spec]) => `dist/${spec.slice(2)}`);
// On-demand files may load further files on demand (booking's steps load the QR code generator): list those too.
for (let i = 0; i < onDemand.length; i += 1) {
  for (const [, spec] of readFileSync(onDemand[i], 'utf8').matchAll(/import\(\s*[`"'](\.\/[^`"']+)[`"']\s*\)/g)) {
    const file = `dist/chunks/${spec.slice(2)}`;
    if (!onDemand.includes(file) && existsSync(file)) onDemand.push(file);
  }
}
if (onDemand.length) {
  console.log(`\non demand, loaded by ${bundle} only when a page needs it (each with the chunks it imports):`);
  const everything = new Set(upFront);
  for (const chunk of onDemand) {
    const own = [...closure(chunk)].filter((f) => !upFront.has(f));
    own.forEach((f) => everything.add(f));
    const text = Buffer.concat(own.map((f) => readFileSync(f)));
    const name = chunk.replace(/^dist\/chunks\/|-[\w-]{8}\.js$/g, '');
    const gzip = gzipSync(text, { level: 9 }).length;
    const brotli = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`  ${name.padEnd(30)}${pad(text.length, 9)}${pad(gzip, 9)}${pad(brotli, 9)}  ${PURPOSE[name] ?? ''}`);
  }
  const all = Buffer.concat([...everything].map((f) => readFileSync(f)));
  console.log(`${'all of it together'.padEnd(32)}${pad(all.length, 9)}${pad(gzipSync(all, { level: 9 }).length, 9)}${pad(brotliCompressSync(all, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 9)}  (the bundle and every on-demand file)`);
}
if (failed) {
  console.error('size: over budget (scripts/budgets.json)');
  process.exit(1);
}
