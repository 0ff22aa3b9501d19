// @custom-elements-manifest/analyzer configuration (npm run analyze).
// Only the public surface: the widgets, their base class and the package entry. Modules are sorted by path so the
// output does not depend on the order the file system lists files in (a fresh clone lists them differently).
export default {
  globs: ['src/standalone.ts', 'src/core/base.ts', 'src/widgets/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
