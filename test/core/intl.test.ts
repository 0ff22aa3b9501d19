import { expect } from '@open-wc/testing';
import { firstDayOfWeek, zoneName } from '../../src/core/booking/locale.js';
import { dateFormatter, dateTimeFormat, languageNames, numberFormat, pluralRules } from '../../src/core/i18n/intl.js';
import { formatNumber } from '../../src/core/i18n/index.js';

describe('core/i18n/intl', () => {
  it('makes each formatter once per language and options', () => {
    expect(numberFormat('hi', { style: 'percent' })).to.equal(numberFormat('hi', { style: 'percent' }));
    expect(numberFormat('hi')).not.to.equal(numberFormat('hi', { style: 'percent' }));
    expect(dateTimeFormat('de', { month: 'long' })).to.equal(dateTimeFormat('de', { month: 'long' }));
    expect(pluralRules('ru')).to.equal(pluralRules('ru'));
    expect(languageNames('fr')).to.equal(languageNames('fr'));
    expect(dateFormatter('hi', { day: 'numeric' })).to.equal(dateFormatter('hi', { day: 'numeric' }));
  });

  it('formats numbers as the language writes them', () => {
    expect(formatNumber(1234567, 'hi-IN')).to.equal('12,34,567');
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
    expect(formatNumber(3, 'mr')).to.equal('३');
  });

  it('falls back to English for a tag the browser refuses, and throws for an unknown time zone', () => {
    expect(numberFormat('not a tag!').resolvedOptions().locale).to.equal('en');
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).to.throw(RangeError);
  });

  it('names zones and the first day of the week', () => {
    expect(zoneName('en', 'Asia/Kolkata', Date.UTC(2026, 2, 3))).to.equal('India Standard Time \u2013 Asia/Kolkata');
    expect(zoneName('en', 'Mars/Olympus', 0)).to.equal('Mars/Olympus');
    expect(firstDayOfWeek('en-US')).to.equal(0);
    expect(firstDayOfWeek('de-DE')).to.equal(1);
  });
});
