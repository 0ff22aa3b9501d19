import { expect } from '@open-wc/testing';
import { LOADER_STRINGS } from '../../src/core/i18n/loader.js';
import { MORE } from '../../src/core/i18n/loader-more.js';
import { en, hi } from '../../src/core/i18n/all.js';
import { bn } from '../../src/core/i18n/bn.js';
import { mr } from '../../src/core/i18n/mr.js';
import { ta } from '../../src/core/i18n/ta.js';
import { te } from '../../src/core/i18n/te.js';
import { ur } from '../../src/core/i18n/ur.js';
import { es } from '../../src/core/i18n/es.js';
import { pt } from '../../src/core/i18n/pt.js';
import { fr } from '../../src/core/i18n/fr.js';
import { de } from '../../src/core/i18n/de.js';
import { ru } from '../../src/core/i18n/ru.js';
import { id } from '../../src/core/i18n/id.js';
import { ar } from '../../src/core/i18n/ar.js';
import { reserveCss, RESERVE } from '../../src/loader/reserve.js';
import { TAGS } from '../../src/loader/widgets.js';

describe('loader', () => {
  it("shows a failed widget's message and retry in the tables' own words, in every shipped language", () => {
    const tables = { en, hi, bn, mr, ta, te, ur, es, pt, fr, de, ru, id, ar };
    const strings = { ...LOADER_STRINGS, ...MORE };
    expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(tables).sort());
    for (const [lang, table] of Object.entries(tables)) {
      expect(strings[lang], lang).to.deep.equal([table['common.error'], table['common.retry']]);
    }
  });

  it('reserves a box for every widget it loads', () => {
    expect(Object.keys(RESERVE).sort()).to.deep.equal([...TAGS].sort());
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss(TAGS));
    const host = document.createElement('div');
    host.style.width = '360px';
    document.body.append(host);
    // Not defined in this test file: they stay undefined, as before their code arrives.
    for (const tag of TAGS) host.append(document.createElement(tag));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const el of host.children) {
      expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(30);
      expect(getComputedStyle(el).display, el.localName).to.equal('flow-root');
    }
    host.remove();
  });
});
