// npm run release-check: everything that must hold before `npm publish`, in one command:
//   1. npm test (types, build, manifest, docs, browser tests, smoke and end-to-end tests);
//   2. the size budget (scripts/size.mjs on the build npm test made);
//   3. the package: `npm pack --dry-run --json` lists exactly dist/, custom-elements.json, README.md, LICENSE,
//      package.json and the Apps Script backend (integrations/google-apps-script/booking.gs, appsscript.json); the version is in CHANGELOG.md.
// `node scripts/release-check.mjs --pack` runs only step 3 (part of npm test, after the build).
// `npm run check:pack` runs it, then publint (package.json's fields and exports: every path exists, formats, types
// beside each default) and attw (@arethetypeswrong/cli: the types resolve for every export under node16 ESM and
// bundlers; the package is ESM-only, hence --profile esm-only). Those tools replaced this script's own check that
// dist/types/ exists. What no tool does stays here: the exact file list, the semantic version, the CHANGELOG section
// and the README's CDN address.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

function filesUnder(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The package's file list against what it must be; returns the problems. */
export function checkPack() {
  const problems = [];
  if (!existsSync(join(root, 'dist/blog-widgets.js'))) return ['dist/ is missing: run `npm run build` first'];
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(output);
  const listed = new Set(packed.files.map((f) => f.path));
  const integrations = [
    'integrations/google-apps-script/booking.gs',
    'integrations/google-apps-script/appsscript.json',
  ];
  const expected = new Set([
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    ...integrations,
    ...filesUnder('dist'),
  ]);
  for (const path of listed)
    if (!expected.has(path)) problems.push(`the package would contain ${path}, which does not belong there`);
  for (const path of expected) if (!listed.has(path)) problems.push(`the package would lack ${path}`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(pkg.version))
    problems.push(`version "${pkg.version}" is not a semantic version`);
  const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : '';
  if (!changelog.includes(`## [${pkg.version}]`)) problems.push(`CHANGELOG.md has no "## [${pkg.version}]" section`);
  const major = pkg.version.split('.')[0];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const cdn = [...readme.matchAll(/cdn\.jsdelivr\.net\/npm\/blog-widgets@([^/]+)\//g)].map((m) => m[1]);
  if (!cdn.length) problems.push('README.md shows no CDN address');
  for (const version of new Set(cdn)) {
    if (version !== major)
      problems.push(`README.md's CDN address uses @${version}, but the package is version ${pkg.version} (@${major})`);
  }
  if (!problems.length) {
    console.log(
      `pack: ${pkg.name}@${pkg.version}, ${listed.size} files (dist/ ${listed.size - 4 - integrations.length}, custom-elements.json, README.md, LICENSE, package.json, ${integrations.join(', ')}), ${packed.size} bytes packed`,
    );
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const packOnly = process.argv.includes('--pack');
  try {
    if (!packOnly) {
      run('npm', ['test']);
      run('node', ['scripts/size.mjs']);
    }
  } catch {
    console.error('release-check: FAILED (see above)');
    process.exit(1);
  }
  const problems = checkPack();
  if (problems.length) {
    console.error(problems.map((p) => `pack: ${p}`).join('\n'));
    process.exit(1);
  }
  if (!packOnly) console.log('release-check: ready to publish (tests, size and package contents all pass)');
}
