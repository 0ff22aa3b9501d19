// The feedparser conformance corpus (../shared/corpora/feedparser), read in place through the test server.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/core/feeds/index.js';
import { NetError } from '../../../src/core/net/request.js';
import { htmlToText } from '../../../src/core/safe.js';
import { corpusUrl } from '../../helpers/index.js';

interface Case {
  file: string;
  kind: string;
  expect: Partial<
    Record<'feed.title' | 'feed.link' | 'feed.id' | 'entry.title' | 'entry.link' | 'entry.summary' | 'entry.id', string>
  >;
}

const corpus = (path: string) => corpusUrl(path, 'corpus');

/**
 * Expectations we deliberately do not meet, with the reason. (Kept empty when every expectation holds; a test
 * below checks that each listed file really differs, so the list cannot go stale.)
 */
export const DIFFERENCES: Record<string, string> = {
  'wellformed/rss/item_image_link_conflict.xml':
    'links are normalised by the URL parser, which lower-cases the host ("http://item.TEST/" becomes "http://item.test/"): the same address',
  'wellformed/sanitize/entry_summary_iframe.xml':
    'htmlToText drops what is inside <iframe>, which a browser never shows as text either; feedparser keeps it',
  'wellformed/sanitize/entry_summary_object.xml':
    'htmlToText drops the fallback content of <object> (it is not the text of the post); feedparser keeps it',
  'wellformed/sanitize/entry_title_object.xml': 'as entry_summary_object.xml',
  'wellformed/sanitize/feed_title_object.xml': 'as entry_summary_object.xml',
  'wellformed/sanitize/xml_malicious_comment.xml':
    'HTML comments end only at "-->": the browser\'s parser (ours) reads "<!-- -- nonwhitespace >fe…" as one comment, so "fe" is not text; feedparser\'s older parser ends it at ">"',
  'wellformed/sanitize/xml_declaration_unexpected_character.xml':
    'the title is escaped HTML "<!DOCTYPE ~", which an HTML parser reads as a doctype declaration, not text; the title is empty for us',
};

async function loadCases(): Promise<Case[] | undefined> {
  const response = await fetch(corpus('feedparser/cases.json'));
  if (response.status === 404) return undefined;
  return response.json();
}

async function bytes(file: string): Promise<ArrayBuffer> {
  const response = await fetch(corpus(`feedparser/${file}`));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

/** Both sides reduced to plain text: feedparser keeps sanitised HTML; a text value may also contain "<" literally. */
function matches(actual: string | undefined, expected: string): boolean {
  const ours = (actual ?? '').replace(/\s+/g, ' ').trim();
  const plainExpected = expected.replace(/\s+/g, ' ').trim();
  return ours === htmlToText(expected) || ours === plainExpected;
}

describe('feedparser corpus', function () {
  this.timeout(180_000);
  let cases: Case[] | undefined;

  before(async function () {
    cases = await loadCases();
    if (!cases) {
      console.log('corpus: ../shared/corpora/feedparser is absent; skipping the conformance tests');
      this.skip();
    }
  });

  it('parses every wellformed file without throwing', async () => {
    const files = cases!.filter((c) => c.file.startsWith('wellformed/')).map((c) => c.file);
    expect(files.length).to.be.greaterThan(1000);
    const failures: string[] = [];
    await inBatches(files, 25, async (file) => {
      try {
        const feed = parseFeed(await bytes(file), 'http://example.com/feed');
        expect(feed.posts).to.be.an('array');
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message}`);
      }
    });
    expect(failures).to.deep.equal([]);
  });

  it('reads every illformed file as a feed or a typed parse error, never an exception of another kind', async () => {
    const files = cases!.filter((c) => c.file.startsWith('illformed/')).map((c) => c.file);
    expect(files.length).to.be.greaterThan(10);
    const unexpected: string[] = [];
    await inBatches(files, 10, async (file) => {
      try {
        parseFeed(await bytes(file), 'http://example.com/feed');
      } catch (error) {
        if (!(error instanceof NetError && error.kind === 'parse')) unexpected.push(`${file}: ${error}`);
      }
    });
    expect(unexpected).to.deep.equal([]);
  });

  it('meets the expectations of cases.json after reducing both sides to plain text', async () => {
    const withExpectations = cases!.filter((c) => Object.keys(c.expect).length && !(c.file in DIFFERENCES));
    expect(withExpectations.length).to.be.greaterThan(150);
    const failures: string[] = [];
    let checked = 0;
    await inBatches(withExpectations, 25, async (c) => {
      let feed;
      try {
        feed = parseFeed(await bytes(c.file), 'http://example.com/feed');
      } catch (error) {
        failures.push(`${c.file}: ${(error as Error).message}`);
        return;
      }
      const entry = feed.posts[0];
      const actual: Record<string, string | undefined> = {
        'feed.title': feed.title,
        'feed.link': feed.link,
        'feed.id': feed.id,
        'entry.title': entry?.title,
        'entry.link': entry?.url,
        'entry.summary': entry?.summary,
        'entry.id': entry?.id,
      };
      for (const [field, expected] of Object.entries(c.expect)) {
        checked += 1;
        if (!matches(actual[field], expected!))
          failures.push(
            `${c.file} ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual[field])}`,
          );
      }
    });
    expect(failures).to.deep.equal([]);
    expect(checked).to.be.greaterThan(190);
  });

  it('lists only real differences', async () => {
    for (const file of Object.keys(DIFFERENCES)) {
      const c = cases!.find((x) => x.file === file)!;
      const feed = parseFeed(await bytes(file), 'http://example.com/feed');
      const entry = feed.posts[0];
      const actual: Record<string, string | undefined> = {
        'feed.title': feed.title,
        'feed.link': feed.link,
        'entry.title': entry?.title,
        'entry.link': entry?.url,
        'entry.summary': entry?.summary,
        'entry.id': entry?.id,
        'feed.id': feed.id,
      };
      const allMatch = Object.entries(c.expect).every(([field, expected]) => matches(actual[field], expected!));
      expect(allMatch, `${file} is listed as a difference but matches`).to.equal(false);
    }
  });
});
