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
      // Lit's internal state declared in static properties (`{ state: true }`) has no attribute, though the analyzer
      // lists one: an attribute whose field is private is dropped.
      name: 'no-private-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
            for (const m of decl.members ?? []) if (hidden.has(m.name)) delete m.attribute;
          }
      },
    },
    {
      name: 'stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
