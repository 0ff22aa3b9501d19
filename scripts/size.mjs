// npm run size: what each page pays, from dist/ and scripts/budgets.json. Every figure is bytes after gzip level 9
// (brotli 11 beside it), each file compressed on its own, as a server sends it: a page's cost is the sum over the
// files it fetches. Budgets: the demo post page's first viewport, each widget's own code, all eight widgets with
// what they load by default, and the standalone file. Also checks that no chunk imports an entry module (the loader
// adds the page's `?v=` query to entry addresses; a chunk importing one without it would load it twice).
//
// Why a script and not size-limit: these budgets are sums over a module graph (the loader plus the chunks a set of
// widgets imports, a widget's code less what others share), which size-limit's presets do not express; the script is
// small, has no dependency, and prints the graph's parts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { posix } from 'node:path';

if (!existsSync('dist/blog-widgets.js') || !existsSync('dist/blog-widgets.standalone.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).size;
const LOADER = 'dist/blog-widgets.js';
const STANDALONE = 'dist/blog-widgets.standalone.js';
const widgets = readdirSync('dist')
  .filter((f) => f.endsWith('.js') && !f.startsWith('blog-widgets'))
  .map((f) => f.slice(0, -3))
  .sort();

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const text = readFileSync(file);
    sizes.set(file, {
      raw: text.length,
      gzip: gzipSync(text, { level: 9 }).length,
      brotli: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}
const total = (files) =>
  [...files].reduce(
    (sum, f) => ({ raw: sum.raw + size(f).raw, gzip: sum.gzip + size(f).gzip, brotli: sum.brotli + size(f).brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
const imports = (file, dynamic) => {
  const text = readFileSync(file, 'utf8');
  const pattern = dynamic
    ? /import\(\s*[`"'](\.\.?\/[^`"']+)[`"']\s*\)/g
    : /(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g;
  return [...text.matchAll(pattern)].map(([, spec]) => posix.normalize(posix.join(posix.dirname(file), spec)));
};
/** A file and everything it imports statically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, false)) closure(dep, seen);
  return seen;
}
const entryFiles = new Set(widgets.map((w) => `dist/${w}.js`));
const closures = new Map(widgets.map((w) => [w, closure(`dist/${w}.js`)]));
const users = new Map();
for (const [w, files] of closures) for (const f of files) users.set(f, [...(users.get(f) ?? []), w]);

const rows = [];
let failed = false;
const pad = (v, n) => String(v).padStart(n);
function row(label, files, budget, note = '') {
  const t = total(files);
  const over = budget != null && t.gzip > budget;
  failed ||= over;
  rows.push(
    `${label.padEnd(58)}${pad(t.raw, 9)}${pad(t.gzip, 9)}${pad(t.brotli, 9)}${pad(budget ?? '-', 9)}  ${budget == null ? '' : over ? 'OVER' : 'ok'}${note ? `  ${note}` : ''}`,
  );
  return t;
}

const first = budgets['first viewport'];
const firstFiles = new Set([LOADER, ...first.widgets.flatMap((w) => [...closures.get(w)])]);
row(`first viewport (${first.widgets.join(', ')})`, firstFiles, first.gzip, `${firstFiles.size} files`);
row('  of which the loader', [LOADER], null);
const shared = [...users].filter(([f, ws]) => ws.length === widgets.length && !entryFiles.has(f)).map(([f]) => f);
row('  of which the shared core (Lit and core)', shared, null, shared.map((f) => f.slice(5)).join(' '));
const own = budgets['own module'];
for (const w of widgets) {
  const files = [...closures.get(w)].filter((f) => users.get(f).length === 1);
  row(`own module: ${w}`, files, own[w] ?? own.gzip);
}
const everything = new Set([LOADER, ...[...closures.values()].flatMap((s) => [...s])]);
row('all eight, everything loaded by default', everything, budgets['all eight'].gzip, `${everything.size} files`);
// Informational: the same files as one gzip stream, as if no file boundary cost anything (each file compressed on its
// own cannot share back-references with the others). No split of these modules into files can go below this.
{
  const stream = Buffer.concat([...everything].map((f) => readFileSync(f)));
  const gzip = gzipSync(stream, { level: 9 }).length;
  const brotli = brotliCompressSync(stream, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push(
    `${'  all eight in one gzip stream (the floor of any chunking)'.padEnd(58)}${pad(stream.length, 9)}${pad(gzip, 9)}${pad(brotli, 9)}${pad('-', 9)}`,
  );
}
row('standalone file', [STANDALONE], budgets[STANDALONE].gzip);

// What loads only on demand: dynamic import() targets of the modules (with what they import that is not loaded yet).
const PURPOSE = {
  formats: 'feeds other than Blogger (WordPress, RSS, Atom, JSON Feed)',
  'page-translation': 'translating the page itself (after a visitor asks)',
  steps: 'booking once a day is picked: details, review, sending, calendar file',
  signup: 'sending a sign-up, once a visitor focuses the subscribe form',
  qr: 'the UPI QR code (lean-qr), when a visitor asks to see it',
  upi: 'checking upi and fee, on pages that set them',
  dialog: 'focus in booking\'s dialog, on pages with layout="button" (with its first render)',
  'loader-more': "the loader's failure message in languages other than English, only after a failure",
  bn: 'Bengali strings',
  mr: 'Marathi strings',
  ta: 'Tamil strings',
  te: 'Telugu strings',
  ur: 'Urdu strings',
  es: 'Spanish strings',
  pt: 'Portuguese strings',
  fr: 'French strings',
  de: 'German strings',
  ru: 'Russian strings',
  id: 'Indonesian strings',
  ar: 'Arabic strings',
};
const onDemand = new Set([...everything].flatMap((f) => imports(f, true)));
// On-demand files may load further files on demand (booking's steps load the QR code generator): list those too.
for (const chunk of onDemand) for (const dep of [...closure(chunk)].flatMap((f) => imports(f, true))) onDemand.add(dep);
rows.push('', 'on demand, only when a page needs it (each with the chunks it imports that are not loaded already):');
for (const chunk of [...onDemand].sort()) {
  const name = chunk.replace(/^dist\/chunks\/|-[\w-]{8}\.js$/g, '');
  const purpose =
    PURPOSE[name] ??
    (name.startsWith('hi-') ? `Hindi strings: ${name.slice(3)} (preloaded beside the widget on a Hindi page)` : '');
  row(
    `  ${name}`,
    [...closure(chunk)].filter((f) => !everything.has(f)),
    null,
    purpose,
  );
}

const problems = [];
for (const file of readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)) {
  for (const dep of imports(file, false).concat(imports(file, true))) {
    if (entryFiles.has(dep) || dep === LOADER) problems.push(`${file} imports the entry ${dep}`);
  }
}

console.log(
  `${'what (gzip = sum over its files)'.padEnd(58)}${pad('raw', 9)}${pad('gzip', 9)}${pad('brotli', 9)}${pad('budget', 9)}  status`,
);
console.log(rows.join('\n'));
for (const p of problems) console.error(`size: ${p}: with a ?v= query on the page it would load twice`);
if (failed || problems.length) {
  console.error('size: over budget (scripts/budgets.json)');
  process.exit(1);
}
