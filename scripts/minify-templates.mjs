// A build-only Vite plugin: squeezes the whitespace out of Lit's html`…`, svg`…` and css`…` templates in src/.
// The minifier leaves template literals alone, and their indentation is a large share of the bundle.
// Only the literal text between ${…} is touched, found with the TypeScript parser, so expressions stay as written.
import ts from 'typescript';

/** Markup: a run of whitespace that contains a line break renders as one space (no <pre> in our templates). */
export function squeezeMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * CSS: comments go, whitespace runs become one space, spaces next to { } ; > , and after : go, and a number's
 * leading zero goes (`0.75rem` is `.75rem`). A space before ":" stays: in a selector it is the descendant
 * combinator (`a :hover`). Spaces around + - * / stay, because calc() needs them. Our styles have no strings with
 * these characters in them. scripts/check-templates.mjs proves every stylesheet parses the same (a var() fallback
 * keeps the space after its comma as a token of its own, which is all that may differ there).
 */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

const squeezers = { html: squeezeMarkup, svg: squeezeMarkup, css: squeezeCss };

/**
 * Every html, svg and css tagged template in a source file: its tag and the literal pieces between ${…}, each with
 * its offsets in the source.
 */
export function findTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && squeezers[node.tag.text]) {
      const template = node.template;
      // Each literal piece sits between its opening (` or }) and closing (` or ${) delimiters.
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      found.push({
        tag: node.tag.text,
        pieces: pieces.map((piece) => {
          const start = piece.getStart(file) + 1;
          const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
          return { start, end, text: source.slice(start, end) };
        }),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Rewrites every tagged template whose tag is html, svg or css; returns the new source, or undefined if none. */
export function minifyTemplates(source, fileName) {
  const edits = [];
  for (const { tag, pieces } of findTemplates(source, fileName)) {
    for (const piece of pieces) {
      const squeezed = squeezers[tag](piece.text);
      if (squeezed !== piece.text) edits.push({ ...piece, text: squeezed });
    }
  }
  if (!edits.length) return undefined;
  let out = source;
  for (const edit of edits.sort((x, y) => y.start - x.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplatesPlugin() {
  return {
    name: 'blog-widgets-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
