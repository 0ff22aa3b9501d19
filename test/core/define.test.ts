import { expect } from '@open-wc/testing';
import { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';
import '../../src/widgets/share-buttons/define.js';

describe('core/define', () => {
  it('does nothing when the tag is already defined (script included twice)', () => {
    const before = customElements.get('share-buttons');
    expect(before).to.exist;
    expect(() => ShareButtons.define()).not.to.throw();
    expect(customElements.get('share-buttons')).to.equal(before);
  });

  it('registers the same widget under another tag when a theme already uses ours', () => {
    const ctor = ShareButtons.define('my-share-buttons');
    expect(ctor).to.exist;
    const el = document.createElement('my-share-buttons');
    expect(el).to.be.instanceOf(ShareButtons);
    expect(() => ShareButtons.define('my-share-buttons')).not.to.throw();
  });
});
