import { expect } from '@open-wc/testing';
import { htmlToText, safeUrl, stripTracking, truncateWords } from '../../src/core/safe.js';

describe('core/safe', () => {
  it('allows only http and https by default', () => {
    expect(safeUrl('https://example.com/a?b=1')).to.equal('https://example.com/a?b=1');
    expect(safeUrl('http://example.com/')).to.equal('http://example.com/');
    expect(safeUrl('javascript:alert(1)')).to.be.undefined;
    expect(safeUrl(' java\tscript:alert(1)')).to.be.undefined;
    expect(safeUrl('JAVASCRIPT:alert(1)')).to.be.undefined;
    expect(safeUrl('data:image/png;base64,AAAA')).to.be.undefined;
    expect(safeUrl('vbscript:x')).to.be.undefined;
    expect(safeUrl('mailto:a@example.com')).to.be.undefined;
    expect(safeUrl(42)).to.be.undefined;
    expect(safeUrl('')).to.be.undefined;
  });

  it('allows mailto and tel only when asked', () => {
    expect(safeUrl('mailto:a@example.com', { allow: ['mailto:'] })).to.equal('mailto:a@example.com');
    expect(safeUrl('tel:+911234', { allow: ['tel:'] })).to.equal('tel:+911234');
    expect(safeUrl('tel:+911234', { allow: ['mailto:'] })).to.be.undefined;
  });

  it('resolves relative addresses against the page', () => {
    expect(safeUrl('/p/about.html')).to.equal(new URL('/p/about.html', location.href).href);
  });

  it('removes tracking parameters and the fragment', () => {
    expect(
      stripTracking(
        'https://blog.example/2025/03/post.html?utm_source=wa&utm_medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&m=1#comments',
      ),
    ).to.equal('https://blog.example/2025/03/post.html?m=1');
    expect(stripTracking('https://blog.example/post.html?utm_campaign=z')).to.equal('https://blog.example/post.html');
    expect(stripTracking('https://blog.example/post.html#top', true)).to.equal('https://blog.example/post.html#top');
  });

  it('reduces HTML to text without executing or loading anything', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const text = htmlToText(
      '<p>Hello <b>world</b></p><script>window.pwned = true</script><img src="x" onerror="window.pwned = true"><style>p{}</style><p>Tom &amp; Jerry&nbsp;&lt;3</p>',
    );
    expect(text).to.equal('Hello world Tom & Jerry <3');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(performance.getEntriesByName(new URL('x', location.href).href)).to.have.length(0);
  });

  it('keeps plain text and Hindi as they are', () => {
    expect(htmlToText('  चिंता   से  निपटना ')).to.equal('चिंता से निपटना');
    expect(htmlToText(null)).to.equal('');
  });

  it('truncates by words', () => {
    expect(truncateWords('one two three four', 2)).to.equal('one two…');
    expect(truncateWords('one two', 5)).to.equal('one two');
    expect(truncateWords('one two', 0)).to.equal('');
  });
});
