import { defineConfig, type Plugin } from 'vite';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
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
 * Two library builds share this file:
 * - `vite build` (mode "production"): dist/blog-widgets.js, ONE self-contained module with Lit inside.
 * - `vite build --mode modules`: dist/<widget>.js per widget for npm users, sharing chunks under dist/chunks/.
 */
export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  return {
    plugins: [demoServer(), minifyTemplatesPlugin()],
    server: { open: process.env.CI ? false : '/demo/' },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !modules,
      minify: true,
      sourcemap: false,
      lib: {
        entry: modules
          ? Object.fromEntries(widgets.map((w) => [w, resolve(root, 'src/widgets', w, 'define.ts')]))
          : { 'blog-widgets': resolve(root, 'src/index.ts') },
        formats: ['es'],
      },
      rolldownOptions: {
        // The bundle may export extra bindings for its on-demand chunks to import, so that the code they share
        // stays inside it instead of moving to a separate chunk that every page would have to fetch first.
        preserveEntrySignatures: modules ? 'strict' : 'allow-extension',
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
