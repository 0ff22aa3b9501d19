import { defineConfig, type Plugin } from 'vite';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, posix } from 'node:path';
import { demoRoutes } from './demo/server/routes.js';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const widgets = readdirSync(resolve(root, 'src/widgets')).filter((name) =>
  existsSync(resolve(root, 'src/widgets', name, 'define.ts')),
);

/** The demo blog's pretend server: sample feeds and form endpoints, all local (npm start). */
function demoServer(): Plugin {
  return {
    name: 'blog-widgets-demo',
    configureServer(server) {
      server.middlewares.use(demoRoutes);
    },
  };
}

/**
 * Each built module's static imports, transitively (chunk names in dist/chunks/), read from the modules build; and
 * the Hindi sections those files load on demand (chunks named hi-*), which the loader fetches beside a widget's
 * code on a Hindi page.
 */
function moduleGraph(names: string[]): { graph: Record<string, string[]>; hindi: Record<string, string[]> } {
  const dist = resolve(root, 'dist');
  const files = (file: string, pattern: RegExp) =>
    [...readFileSync(resolve(dist, file), 'utf8').matchAll(pattern)].map(([, spec]) =>
      posix.normalize(posix.join(posix.dirname(file), spec)),
    );
  const closure = (file: string, seen: Set<string>) => {
    for (const path of files(file, /(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g)) {
      if (!seen.has(path)) {
        seen.add(path);
        closure(path, seen);
      }
    }
    return seen;
  };
  const name = (p: string) => p.replace(/^chunks\/|\.js$/g, '');
  const graph: Record<string, string[]> = {};
  const hindi: Record<string, string[]> = {};
  for (const widget of names) {
    const all = [...closure(`${widget}.js`, new Set())];
    graph[widget] = all.map(name);
    hindi[widget] = [`${widget}.js`, ...all]
      .flatMap((f) => files(f, /import\(\s*[`"'](\.\.?\/(?:chunks\/)?hi-[^`"']+)[`"']\s*\)/g))
      .map(name);
  }
  // What every widget's Hindi needs (the common strings) once, under '', the rest per widget.
  const common = names.map((w) => hindi[w]).reduce((a, b) => a.filter((c) => b.includes(c)));
  for (const widget of names) hindi[widget] = hindi[widget].filter((c) => !common.includes(c));
  return { graph, hindi: { '': common, ...hindi } };
}

/** The loader build: the widget modules it names stay outside it (it imports the built ones by URL instead). */
function externalWidgets(): Plugin {
  return {
    name: 'blog-widgets-loader-externals',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.replace(/\\/g, '/').includes('/src/loader/') && /^\.\.\/widgets\/[^/]+\/define\.js$/.test(source)) {
        return { id: source, external: true };
      }
      return null;
    },
  };
}

/** The standalone file carries English and Hindi only: the other languages' tables become empty (English shows). */
function onlyEnglishAndHindi(): Plugin {
  return {
    name: 'blog-widgets-standalone-languages',
    enforce: 'pre',
    resolveId(source, importer) {
      // Every on-demand table (./xx.js beside tables.ts); English and Hindi are imported from their own folders.
      const lang = /^\.\/([a-z]{2,3})\.js$/.exec(source)?.[1];
      if (lang && lang !== 'en' && lang !== 'hi' && importer?.replace(/\\/g, '/').endsWith('/src/core/i18n/tables.ts'))
        return `\0bw-empty-${lang}`;
      return null;
    },
    load(id) {
      const lang = /^\0bw-empty-(\w+)$/.exec(id)?.[1];
      return lang ? `export const ${lang} = {};` : null;
    },
  };
}

/**
 * The standalone file has every module inline anyway: an `import()` there only wraps its target in a lazily
 * initialised module (about 1.8 KB gz of wrappers over the file). Each becomes a static namespace import resolved
 * at once, which behaves the same for the callers (a promise of the module) without the wrappers.
 */
function staticImportsInline(): Plugin {
  return {
    name: 'blog-widgets-standalone-static-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const names = new Map<string, string>();
      // Not the type positions: `typeof import('./x.js')`, `import('./x.js').Post`.
      const body = code.replace(
        /(?<!typeof\s+)\bimport\(\s*(['"`])(\.{1,2}\/[^'"`]+)\1\s*\)(?!\.(?!then\b|catch\b|finally\b))/g,
        (_, _quote, spec: string) => {
          if (!names.has(spec)) names.set(spec, `__bw_inline_${names.size}`);
          return `Promise.resolve(${names.get(spec)})`;
        },
      );
      if (!names.size) return null;
      return {
        code: [...names].map(([spec, name]) => `import * as ${name} from '${spec}';\n`).join('') + body,
        map: null,
      };
    },
  };
}

/**
 * Three library builds share this file; `npm run build` runs them in this order:
 * - `vite build --mode modules`: dist/<widget>.js per widget (the npm modules, and what the loader imports),
 *   sharing chunks under dist/chunks/ (Lit and the shared core among them).
 * - `vite build --mode loader`: dist/blog-widgets.js, the loader (src/index.ts), with the modules build's import
 *   graph written into it for `modulepreload`.
 * - `vite build --mode standalone`: dist/blog-widgets.standalone.js, everything in one file (src/standalone.ts).
 */
export default defineConfig(({ mode, command }) => {
  const loader = mode === 'loader';
  const standalone = mode === 'standalone';
  const modules = !loader && !standalone;
  const entry = loader
    ? { 'blog-widgets': resolve(root, 'src/index.ts') }
    : standalone
      ? { 'blog-widgets.standalone': resolve(root, 'src/standalone.ts') }
      : Object.fromEntries(widgets.map((w) => [w, resolve(root, 'src/widgets', w, 'define.ts')]));
  return {
    plugins: [
      demoServer(),
      minifyTemplatesPlugin(),
      ...(loader ? [externalWidgets()] : []),
      ...(standalone ? [onlyEnglishAndHindi(), staticImportsInline()] : []),
    ],
    define:
      loader && command === 'build'
        ? (({ graph, hindi }) => ({
            __BW_BUILT__: 'true',
            __BW_GRAPH__: JSON.stringify(graph),
            __BW_HINDI__: JSON.stringify(hindi),
          }))(moduleGraph(widgets))
        : {},
    server: { open: process.env.CI ? false : '/demo/' },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: modules,
      minify: true,
      sourcemap: !!process.env.BW_MAP,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        // A widget module exports exactly its class: chunks never import from an entry, so the loader may add a
        // `?v=` query to the entries without anything loading twice (scripts/size.mjs checks it).
        preserveEntrySignatures: 'strict',
        output: {
          minify: true,
          entryFileNames: '[name].js',
          // Hindi sections (loaded on demand) as chunks/hi-<section>-<hash>.js, so that the loader can preload them.
          chunkFileNames: (chunk) =>
            /[\\/]i18n[\\/]hi[\\/]/.test(chunk.facadeModuleId ?? '')
              ? 'chunks/hi-[name]-[hash].js'
              : 'chunks/[name]-[hash].js',
          ...(standalone ? { codeSplitting: false } : {}),
        },
      },
    },
  };
});
