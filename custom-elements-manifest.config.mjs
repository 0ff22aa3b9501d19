// @custom-elements-manifest/analyzer configuration (npm run analyze).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
