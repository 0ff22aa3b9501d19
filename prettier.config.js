// Prettier (issue 16 §5): the style the code is already written in. Check with `npm run format:check`.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  bracketSpacing: true,
  quoteProps: 'as-needed',
  // Lit's html`` and css`` templates stay as written: their whitespace is what the visitor gets (text nodes, the
  // squeezing in scripts/minify-templates.mjs and its check in scripts/check-templates.mjs), so Prettier leaves them.
  embeddedLanguageFormatting: 'off',
};
