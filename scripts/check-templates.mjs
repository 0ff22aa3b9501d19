// Checks that the build's template squeezing (scripts/minify-templates.mjs) changes no meaning:
// - every css`…` template in src/ gives the same rules in Chromium before and after squeezing;
// - markup whitespace may collapse only where HTML collapses it anyway: no <pre> in any template, and no style
//   that keeps white space (`white-space: pre…` or `break-spaces`).
// Why our own squeezer and not minify-html-literals (tried, issue 16 §5): with it the build is smaller by 68 B gzip
// on the first viewport and about 300 B over all eight widgets, but html-minifier (unmaintained, with an open ReDoS
// advisory) collapses markup white space by each tag's default display, not by our styles, and clean-css rewrites
// values: neither is meaning-preserving by construction, so this check could no longer prove it. Ours only turns a
// run of white space holding a line break into one space, which HTML renders the same.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findTemplates, squeezeCss } from './minify-templates.mjs';
import { launchBrowser } from './static-server.mjs';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

const sheets = [];
const problems = [];
for (const file of files('src')) {
  for (const { tag, pieces } of findTemplates(readFileSync(file, 'utf8'), file)) {
    const text = pieces.map((p) => p.text).join('');
    if (tag === 'css') {
      if (pieces.length > 1)
        problems.push(`${file}: a css template with \${…} inside; extend this check before squeezing it`);
      else sheets.push({ file, original: text, squeezed: squeezeCss(text) });
      if (/white-space\s*:\s*(pre|break-spaces)/.test(text))
        problems.push(`${file}: a style keeps white space, so markup squeezing is unsafe`);
    } else if (/<pre[\s>]/i.test(text)) {
      problems.push(`${file}: a <pre> in an ${tag} template, whose white space squeezing would change`);
    }
  }
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const differ = await page.evaluate((sheets) => {
    const rules = (text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      // A value with var() keeps its tokens as written: a run of white space is one token however long it is, one
      // after a comma separates nothing (the fallback's leading white space is dropped when it is substituted),
      // and 0.5 and .5 are the same number token.
      const tokens = (css) =>
        css
          .replace(/\s+/g, ' ')
          .replace(/, /g, ',')
          .replace(/([^\w.-])0\.(\d)/g, '$1.$2');
      return [...sheet.cssRules].map((rule) => tokens(rule.cssText));
    };
    return sheets
      .filter((s) => JSON.stringify(rules(s.original)) !== JSON.stringify(rules(s.squeezed)))
      .map((s) => s.file);
  }, sheets);
  problems.push(...differ.map((file) => `${file}: a css template parses differently after squeezing`));
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`check-templates: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-templates: ${sheets.length} stylesheets parse the same after squeezing; no markup keeps white space`,
);
