// The demo blog's feed, shaped like Blogger's (nothing leaves the machine):
//   /feeds/posts/default[/-/Label]?alt=json | alt=json-in-script&callback=fn | alt=rss
//   with max-results (at most 150), start-index, q= (search), orderby=published|updated.
// Posts come from demo/data/posts.js; images are local SVG files under /demo/data/images/.
import { posts } from '../../data/posts.js';

const BLOG = 'Quiet Mind Notes';
const WEEK = 7 * 86_400_000;
const NEWEST = Date.UTC(2026, 10, 20, 9, 30);

const dated = posts.map((post, index) => {
  const published = new Date(NEWEST - index * WEEK);
  const updated = new Date(published.getTime() + ((index * 37) % 5) * 86_400_000);
  return { ...post, index, published, updated };
});

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function select(url) {
  const label = /\/feeds\/posts\/(?:default|summary)\/-\/([^/?]+)/.exec(url.pathname)?.[1];
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
  const orderby = url.searchParams.get('orderby') === 'updated' ? 'updated' : 'published';
  let list = dated.filter((p) => !label || p.labels.includes(decodeURIComponent(label)));
  if (q)
    list = list.filter((p) =>
      q.split(/\s+/).every((w) => `${p.title} ${p.body} ${p.labels.join(' ')}`.toLowerCase().includes(w)),
    );
  list = [...list].sort((a, b) => b[orderby] - a[orderby]);
  const max = Math.min(Math.max(Number(url.searchParams.get('max-results')) || 25, 0), 150);
  const start = Math.max(Number(url.searchParams.get('start-index')) || 1, 1);
  return { total: list.length, start, max, page: list.slice(start - 1, start - 1 + max) };
}

function entry(post, origin) {
  const link = `${origin}/demo/?post=${post.slug}`;
  const image = post.image ? `${origin}/demo/data/images/${post.image}.svg` : undefined;
  return {
    id: { $t: `tag:blogger.com,1999:blog-7070.post-${9000 + post.index}` },
    published: { $t: post.published.toISOString() },
    updated: { $t: post.updated.toISOString() },
    category: post.labels.map((term) => ({ scheme: 'http://www.blogger.com/atom/ns#', term })),
    title: { type: 'text', $t: post.title },
    content: { type: 'html', $t: `${image ? `<img src="${image}" alt="">` : ''}<p>${escapeXml(post.body)}</p>` },
    link: [
      { rel: 'replies', type: 'text/html', href: `${link}#comments`, title: `${post.comments} Comments` },
      { rel: 'alternate', type: 'text/html', href: link, title: post.title },
    ],
    author: [
      {
        name: { $t: 'Dr. Meera Rao' },
        uri: { $t: `${origin}/demo/#about` },
        gd$image: { src: `${origin}/demo/media/meera-rao.svg` },
      },
    ],
    ...(image ? { media$thumbnail: { url: image, height: '72', width: '72' } } : {}),
    thr$total: { $t: String(post.comments) },
  };
}

function bloggerJson({ total, start, max, page }, origin) {
  return {
    version: '1.0',
    encoding: 'UTF-8',
    feed: {
      xmlns: 'http://www.w3.org/2005/Atom',
      id: { $t: 'tag:blogger.com,1999:blog-7070' },
      updated: { $t: dated[0].updated.toISOString() },
      title: { type: 'text', $t: BLOG },
      link: [{ rel: 'alternate', type: 'text/html', href: `${origin}/demo/` }],
      generator: { version: '7.00', uri: 'https://www.blogger.com', $t: 'Blogger' },
      openSearch$totalResults: { $t: String(total) },
      openSearch$startIndex: { $t: String(start) },
      openSearch$itemsPerPage: { $t: String(max) },
      entry: page.map((post) => entry(post, origin)),
    },
  };
}

function rss({ page }, origin) {
  const items = page
    .map((post) => {
      const link = `${origin}/demo/?post=${post.slug}`;
      return `<item><guid isPermaLink="false">tag:blogger.com,1999:blog-7070.post-${9000 + post.index}</guid><pubDate>${post.published.toUTCString()}</pubDate>${post.labels
        .map((l) => `<category domain="http://www.blogger.com/atom/ns#">${escapeXml(l)}</category>`)
        .join(
          '',
        )}<title>${escapeXml(post.title)}</title><description>${escapeXml(`<p>${post.body}</p>`)}</description><link>${link}</link><author>noreply@blogger.com (Dr. Meera Rao)</author>${
        post.image
          ? `<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="${origin}/demo/data/images/${post.image}.svg" height="72" width="72"/>`
          : ''
      }<thr:total>${post.comments}</thr:total></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:thr="http://purl.org/syndication/thread/1.0"><channel><title>${BLOG}</title><link>${origin}/demo/</link><description>Everyday psychology for calmer minds</description>${items}</channel></rss>`;
}

export default function feeds(req, res, next) {
  const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
  if (!/^\/feeds\/posts\/(default|summary)(\/-\/[^/]+)?\/?$/.test(url.pathname)) return next();
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const found = select(url);
  const alt = url.searchParams.get('alt') ?? 'atom';
  res.setHeader('Cache-Control', 'no-store');
  if (alt === 'rss') {
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.end(rss(found, origin));
    return;
  }
  const body = JSON.stringify(bloggerJson(found, origin));
  const callback = url.searchParams.get('callback');
  if (alt === 'json-in-script' && callback && /^[\w.$]+$/.test(callback)) {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.end(`// API callback\n${callback}(${body});`);
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(body);
}
