import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { en, hi } from '../../src/core/i18n/all.js';
import { enBooking } from '../../src/core/i18n/en/booking.js';
import { hiBooking } from '../../src/core/i18n/hi/booking.js';
import {
  addStrings,
  ensureStrings,
  formatDate,
  resolveLanguage,
  setStrings,
  tableLanguage,
  translate,
} from '../../src/core/i18n/index.js';
import '../../src/widgets/share-buttons/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';

const heading = (el: ShareButtons) => el.shadowRoot!.querySelector('[part=heading]')!.textContent;

describe('core/i18n', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('has every English key in Hindi, none empty', () => {
    for (const key of Object.keys(en)) {
      expect(hi, key).to.have.property(key);
      expect(String((hi as Record<string, unknown>)[key]).trim(), key).not.to.equal('');
    }
  });

  it('resolves the element lang, then the nearest [lang], then <html lang>', async () => {
    const wrapper = await fixture(
      html`<div lang="hi-IN"><span><b id="own" lang="ur"></b><i id="inherits"></i></span></div>`,
    );
    expect(resolveLanguage(wrapper.querySelector('#own')!)).to.equal('ur');
    expect(resolveLanguage(wrapper.querySelector('#inherits')!)).to.equal('hi-IN');
    document.documentElement.setAttribute('lang', 'hi');
    expect(resolveLanguage(document.createElement('p'))).to.equal('hi');
  });

  it('loads Hindi on demand: the common strings and the sections of the widgets created, once', async () => {
    document.createElement('share-buttons');
    expect(translate('hi', 'share.copied'), 'nothing fetched before a widget needs Hindi').to.equal('Link copied');
    const pending = ensureStrings('hi-IN');
    expect(pending, 'Hindi loads lazily').to.be.instanceOf(Promise);
    expect(ensureStrings('hi')).to.equal(pending);
    await pending;
    expect(ensureStrings('hi')).to.equal(undefined);
    expect(translate('hi', 'share.copied')).to.equal('लिंक कॉपी हो गया');
    expect(translate('hi', 'common.retry')).to.equal(hi['common.retry']);
  });

  it("has a widget's strings once the widget exists (Hindi once it has loaded), or once they are added", async () => {
    // <book-appointment> is not loaded in this file: its strings are not in the tables.
    expect(translate('hi', 'booking.prevMonth')).to.equal('booking.prevMonth');
    addStrings({ en: enBooking, hi: hiBooking });
    expect(translate('hi', 'booking.prevMonth')).to.equal(hiBooking['booking.prevMonth']);
    expect(translate('en', 'booking.prevMonth')).to.equal('Previous month');
    document.createElement('share-buttons');
    await ensureStrings('hi');
    expect(translate('hi', 'share.copied')).to.equal('लिंक कॉपी हो गया');
  });

  it('picks the closest table and falls back to English', () => {
    document.createElement('share-buttons');
    expect(tableLanguage('hi-IN')).to.equal('hi');
    expect(tableLanguage('HI')).to.equal('hi');
    expect(tableLanguage('sw')).to.equal('en');
    expect(translate('hi-IN', 'share.copied')).to.equal('लिंक कॉपी हो गया');
    expect(translate('sw', 'share.copied')).to.equal('Link copied');
  });

  it('fills placeholders', () => {
    document.createElement('share-buttons');
    expect(translate('en', 'share.on', { network: 'WhatsApp' })).to.equal('Share on WhatsApp');
    expect(translate('hi', 'share.on', { network: 'WhatsApp' })).to.equal('WhatsApp पर शेयर करें');
  });

  it('formats dates in the language', () => {
    const date = new Date(Date.UTC(2025, 2, 12, 12));
    expect(formatDate(date, 'en-GB')).to.equal('12 March 2025');
    expect(formatDate(date, 'hi')).to.equal('12 मार्च 2025');
    expect(formatDate(new Date('nonsense'), 'en')).to.equal('');
  });

  it('re-renders widgets live when <html lang> changes', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
    expect(heading(el)).to.equal('Share:');
    document.documentElement.setAttribute('lang', 'hi');
    await nextFrame();
    await el.updateComplete;
    expect(heading(el)).to.equal('शेयर करें:');
  });

  it('follows a document-level language-change event, and the visitor can go back', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
    document.dispatchEvent(new CustomEvent('language-change', { detail: { lang: 'hi', previous: 'en' } }));
    await el.updateComplete;
    expect(heading(el)).to.equal('शेयर करें:');
    document.dispatchEvent(new CustomEvent('language-change', { detail: { lang: '', previous: 'hi' } }));
    await el.updateComplete;
    expect(heading(el)).to.equal('Share:');
  });

  it('lets owners override strings globally and per widget', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
    setStrings('en', { 'share.heading': 'Pass it on:' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Pass it on:');
    el.strings = { 'share.heading': 'Tell a friend:' };
    await el.updateComplete;
    expect(heading(el)).to.equal('Tell a friend:');
    setStrings('en', { 'share.heading': en['share.heading'] });
  });
});
