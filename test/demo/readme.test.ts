// Every HTML example in the README is pasted by owners into Blogger, whose theme is XML: each must parse as XML.
import { expect } from '@open-wc/testing';

/** The ```html blocks of a Markdown text, with the line each starts on. */
function htmlExamples(markdown: string): { line: number; code: string }[] {
  const examples: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```html\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    examples.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return examples;
}

describe('README', () => {
  it('has HTML examples that each parse as XML, as a Blogger theme reads them', async () => {
    const markdown = await (await fetch('/README.md')).text();
    const examples = htmlExamples(markdown);
    expect(examples.length).to.be.greaterThan(10);
    const broken: string[] = [];
    for (const { line, code } of examples) {
      const doc = new DOMParser().parseFromString(`<root>${code}</root>`, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) broken.push(`README.md line ${line}: ${error.textContent!.replace(/\s+/g, ' ').trim()}`);
    }
    expect(broken).to.deep.equal([]);
  });
});
