import { expect } from '@open-wc/testing';
import { highlight, matchesAll, queryTerms } from '../../../src/core/search/match.js';

const marked = (text: string, query: string) =>
  highlight(text, queryTerms(query))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('core/search/match', () => {
  it('ignores case and Latin accents', () => {
    expect(matchesAll(queryTerms('CAFE resume'), 'Café talks', 'Résumé tips')).to.equal(true);
    expect(matchesAll(queryTerms('naïve'), 'a naive question')).to.equal(true);
    expect(matchesAll(queryTerms('sleep anxiety'), 'Sleep tips')).to.equal(false);
  });

  it('matches Hindi exactly, keeping vowel signs', () => {
    expect(matchesAll(queryTerms('चिंता'), 'चिंता से कैसे निपटें')).to.equal(true);
    expect(matchesAll(queryTerms('नींद'), 'अच्छी नींद के उपाय')).to.equal(true);
    // "चित" (without the vowel sign and anusvara) is a different word and must not match "चिंता".
    expect(matchesAll(queryTerms('चित'), 'चिंता')).to.equal(false);
  });

  it('highlights on the original text', () => {
    expect(marked('Café culture and CAFES', 'cafe')).to.equal('[Café] culture and [CAFE]S');
    expect(marked('Exam stress: a guide', 'stress exam')).to.equal('[Exam] [stress]: a guide');
    expect(marked('परीक्षा का तनाव', 'तनाव')).to.equal('परीक्षा का [तनाव]');
    expect(marked('Nothing here', '')).to.equal('Nothing here');
  });

  it('handles decomposed input and characters outside the BMP', () => {
    expect(marked('Cafe\u0301 🙂 calm', 'café')).to.equal('[Cafe\u0301] 🙂 calm');
    expect(marked('🙂 calm', 'calm')).to.equal('🙂 [calm]');
  });
});
