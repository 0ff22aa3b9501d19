import { expect, fixture, html } from '@open-wc/testing';
import { ar } from '../../src/core/i18n/ar.js';
import { bn } from '../../src/core/i18n/bn.js';
import { de } from '../../src/core/i18n/de.js';
import { en, hi } from '../../src/core/i18n/all.js';
import type { Strings } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';
import { fr } from '../../src/core/i18n/fr.js';
import { id } from '../../src/core/i18n/id.js';
import {
  direction,
  ensureStrings,
  formatDate,
  formatNumber,
  languageName,
  setStrings,
  supportedLanguages,
  tableLanguage,
  translate,
} from '../../src/core/i18n/index.js';
import { mr } from '../../src/core/i18n/mr.js';
import { pt } from '../../src/core/i18n/pt.js';
import { ru } from '../../src/core/i18n/ru.js';
import { ta } from '../../src/core/i18n/ta.js';
import { te } from '../../src/core/i18n/te.js';
import type { Message } from '../../src/core/i18n/types.js';
import { ur } from '../../src/core/i18n/ur.js';
import '../../src/widgets/share-buttons/define.js';
import type { ShareButtons } from '../../src/widgets/share-buttons/share-buttons.js';

const TABLES: Record<string, Partial<Strings>> = { hi, bn, ta, te, mr, ur, es, pt, fr, de, ru, id, ar };

/** Each language's script: every message that has words must contain some. */
const SCRIPTS: Record<string, RegExp> = {
  hi: /\p{Script=Devanagari}/u,
  mr: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u,
  ta: /\p{Script=Tamil}/u,
  te: /\p{Script=Telugu}/u,
  ur: /\p{Script=Arabic}/u,
  es: /\p{Script=Latin}/u,
  pt: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  de: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  id: /\p{Script=Latin}/u,
  ar: /\p{Script=Arabic}/u,
};

const keysOf = (table: object) => Object.keys(table) as (keyof Strings)[];
const missingKeys = (table: Partial<Strings>) => keysOf(en).filter((key) => !(key in table) || table[key] == null);
const forms = (message: Message) =>
  (typeof message === 'string' ? { other: message } : message) as unknown as Record<string, string>;
const placeholders = (message: Message) =>
  [...new Set(Object.values(forms(message)).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
/** A message with words in it (not only placeholders, punctuation and brand names). */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, '').replace(/\b(Google|WhatsApp)\b/g, ''));

describe('core/i18n tables', () => {
  it('lists the keys a table misses (the check below can fail)', () => {
    expect(missingKeys({ 'common.retry': 'x' }))
      .to.include('common.loading')
      .and.not.include('common.retry');
  });

  it('has every English key in every language', () => {
    const missing = Object.fromEntries(Object.entries(TABLES).map(([lang, table]) => [lang, missingKeys(table)]));
    expect(missing).to.deep.equal(Object.fromEntries(Object.keys(TABLES).map((lang) => [lang, []])));
  });

  it('has no key English does not have, no empty message, and the same placeholders', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const key of keysOf(table)) {
        expect(en, `${lang}: unknown key ${key}`).to.have.property(key);
        const message = table[key]!;
        for (const text of Object.values(forms(message))) expect(text.trim(), `${lang} ${key}`).not.to.equal('');
        expect(placeholders(message), `${lang} ${key}`).to.deep.equal(placeholders(en[key]));
      }
    }
  });

  it('writes each language in its own script', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const key of keysOf(table)) {
        for (const text of Object.values(forms(table[key]!))) {
          if (hasWords(text)) expect(SCRIPTS[lang].test(text), `${lang} ${key}: ${text}`).to.equal(true);
        }
      }
    }
  });

  it('gives every plural message the forms Intl.PluralRules needs in that language', () => {
    for (const [lang, table] of Object.entries({ en, ...TABLES })) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of keysOf(table)) {
        const message = table[key as keyof Strings]!;
        if (typeof message === 'string') continue;
        for (const form of needed) expect(message, `${lang} ${key}`).to.have.property(form);
      }
    }
  });

  it("names languages in their own script, and in the reader's", () => {
    expect(['en', 'hi', 'bn', 'ta', 'te', 'mr', 'ur'].map((code) => languageName(code))).to.deep.equal([
      'English',
      'हिन्दी',
      'বাংলা',
      'தமிழ்',
      'తెలుగు',
      'मराठी',
      'اردو',
    ]);
    expect(['es', 'pt', 'fr', 'de', 'ru', 'id', 'ar'].map((code) => languageName(code))).to.deep.equal([
      'Español',
      'Português',
      'Français',
      'Deutsch',
      'Русский',
      'Indonesia',
      'العربية',
    ]);
    expect(languageName('hi', 'en')).to.equal('Hindi');
    expect(languageName('fr')).to.equal('Français');
  });

  it('lists every language with a table in the README, with its direction and plural forms', async () => {
    const readme = await (await fetch('/README.md')).text();
    const rows = [
      ...readme.matchAll(/^\| `([a-z]{2,3})` \| [^|]+ \| (left to right|right to left) \| [^|]+ \| ([a-z, ]+) \|/gm),
    ];
    const listed = rows.map(([, code]) => code);
    expect(listed).to.have.length(14);
    expect([...listed].sort()).to.deep.equal([...supportedLanguages()].sort());
    for (const [, code, dir, plurals] of rows) {
      expect(dir, code).to.equal(direction(code) === 'rtl' ? 'right to left' : 'left to right');
      const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
      const needed = new Intl.PluralRules(code)
        .resolvedOptions()
        .pluralCategories.sort((x, y) => order.indexOf(x) - order.indexOf(y));
      expect(plurals.split(', '), code).to.deep.equal(needed);
    }
  });

  it('loads a language outside the bundle on first use, once', async () => {
    const first = ensureStrings('te-IN');
    expect(first, 'Telugu loads lazily').to.be.instanceOf(Promise);
    expect(ensureStrings('te')).to.equal(first);
    await first;
    expect(ensureStrings('te')).to.equal(undefined);
    expect(translate('te', 'share.copied')).to.equal(te['share.copied']);
  });

  it('renders a widget in a lazily loaded language without showing English first', async () => {
    expect(ensureStrings('ta'), 'Tamil is not loaded yet').to.be.instanceOf(Promise);
    const el = document.createElement('share-buttons') as ShareButtons;
    el.setAttribute('lang', 'ta');
    const headings: string[] = [];
    const seen = new MutationObserver(() => {
      const text = el.shadowRoot?.querySelector('[part=heading]')?.textContent;
      if (text) headings.push(text);
    });
    document.body.append(el);
    seen.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    seen.disconnect();
    const heading = el.shadowRoot!.querySelector('[part=heading]')!.textContent;
    el.remove();
    expect(heading).to.equal(ta['share.heading']);
    expect(headings.filter((h) => h === en['share.heading'])).to.deep.equal([]);
  });

  it('translates, with numbers and dates as each language writes them', async () => {
    await Promise.all(['ur', 'bn', 'ta'].map((lang) => ensureStrings(lang)));
    expect(translate('ur', 'share.on', { network: 'WhatsApp' })).to.equal('WhatsApp پر شیئر کریں');
    expect(translate('bn-IN', 'share.copied')).to.equal('লিঙ্ক কপি হয়েছে');
    expect(translate('ta', 'translate.notAvailable', { language: 'இந்தி' })).to.equal(
      'இந்தப் பக்கம் இந்தி மொழியில் கிடைக்கவில்லை.',
    );
    expect(formatNumber(1234, 'mr')).to.equal('१,२३४');
    expect(formatNumber(1234, 'bn')).to.equal('১,২৩৪');
    const date = new Date(Date.UTC(2025, 2, 12, 12));
    expect(formatDate(date, 'ta')).to.equal('12 மார்ச், 2025');
    expect(formatDate(date, 'te')).to.equal('12 మార్చి, 2025');
    expect(formatDate(date, 'ur')).to.equal('12 مارچ، 2025');
  });

  it('counts with every plural form of Russian and Arabic, and writes dates and numbers through Intl', async () => {
    await Promise.all(['ru', 'ar', 'de', 'fr', 'es', 'pt', 'id'].map((lang) => ensureStrings(lang)));
    const ruCount = (count: number) => translate('ru', 'search.count', { count });
    expect([1, 3, 5, 21, 22, 25, 1.5].map(ruCount)).to.deep.equal([
      '1 результат',
      '3 результата',
      '5 результатов',
      '21 результат',
      '22 результата',
      '25 результатов',
      '1,5 результата',
    ]);
    expect(translate('ru', 'booking.noSlots', { count: 21 })).to.match(/^В ближайший 21 день /);
    expect(translate('ru', 'booking.noSlots', { count: 14 })).to.match(/^В ближайшие 14 дней /);
    expect(translate('ru', 'search.submit'), "a Russian owner's own word for the button").to.equal('Найти');
    expect(translate('ru', 'search.label')).to.equal('Поиск по блогу');
    const arComments = (count: number) => translate('ar', 'posts.comments', { count });
    const arabic = (n: number) => formatNumber(n, 'ar');
    expect([0, 1, 2, 3, 11, 100].map(arComments)).to.deep.equal([
      'لا توجد تعليقات',
      'تعليق واحد',
      'تعليقان',
      `${arabic(3)} تعليقات`,
      `${arabic(11)} تعليقًا`,
      `${arabic(100)} تعليق`,
    ]);
    expect(translate('id', 'search.count', { count: 1 })).to.equal('1 hasil');
    expect(translate('fr', 'search.count', { count: 1_000_000 })).to.equal(
      `${formatNumber(1_000_000, 'fr')} de résultats`,
    );
    expect(translate('de', 'search.count', { count: 1234 })).to.equal('1.234 Ergebnisse');
    const date = new Date(Date.UTC(2025, 2, 12, 12));
    expect(formatDate(date, 'de')).to.equal('12. März 2025');
    expect(formatDate(date, 'es')).to.equal('12 de marzo de 2025');
    expect(formatDate(date, 'ru')).to.equal('12 марта 2025 г.');
    expect(formatDate(date, 'id')).to.equal('12 Maret 2025');
    expect(formatDate(date, 'ar')).to.contain('مارس');
  });

  it('lets owners override strings of the new languages, globally and per widget, and add a language', async () => {
    const el = await fixture<ShareButtons>(html`<share-buttons lang="ur" networks="copy"></share-buttons>`);
    const heading = () => el.shadowRoot!.querySelector('[part=heading]')!.textContent;
    expect(heading()).to.equal('شیئر کریں:');
    setStrings('ur', { 'share.heading': 'آگے بڑھائیں:' });
    await el.updateComplete;
    expect(heading()).to.equal('آگے بڑھائیں:');
    el.strings = { 'share.heading': 'دوستوں کو بتائیں:' };
    await el.updateComplete;
    expect(heading()).to.equal('دوستوں کو بتائیں:');
    el.strings = undefined;
    setStrings('ur', { 'share.heading': ur['share.heading'] });
    await el.updateComplete;
    expect(heading()).to.equal('شیئر کریں:');

    // A language without a built-in table: the owner's strings, English for the rest.
    setStrings('gu', { 'share.heading': 'શેર કરો:' });
    expect(tableLanguage('gu-IN')).to.equal('gu');
    el.setAttribute('lang', 'gu');
    await el.updateComplete;
    expect(heading()).to.equal('શેર કરો:');
    expect(el.shadowRoot!.querySelector('[part=button]')!.textContent!.trim()).to.equal('Copy link');
    await expect(el).to.be.accessible();

    // Regional overrides fall back to their language's table, not straight to English (Hindi loads on demand).
    await ensureStrings('hi');
    setStrings('hi-IN', { 'share.heading': 'साझा करें:' });
    expect(translate('hi-IN', 'share.heading')).to.equal('साझा करें:');
    expect(translate('hi-IN', 'share.copied')).to.equal('लिंक कॉपी हो गया');
    expect(translate('hi', 'share.heading')).to.equal('शेयर करें:');
  });

  it('exposes the overrides through window.BlogWidgets.setStrings', async () => {
    await import('../../src/index.js');
    expect(window.BlogWidgets?.setStrings).to.be.a('function');
    window.BlogWidgets!.setStrings('te', { 'share.copied': 'కాపీ అయింది!' });
    expect(translate('te', 'share.copied')).to.equal('కాపీ అయింది!');
    window.BlogWidgets!.setStrings('te', { 'share.copied': te['share.copied'] });
  });
});
