import { expect } from '@open-wc/testing';
import { isEmail, parseFieldMap } from '../../../src/core/forms/fields.js';

describe('core/forms/fields', () => {
  describe('isEmail', () => {
    it('accepts ordinary addresses, with plus tags, subdomains and non-Latin local parts', () => {
      for (const text of ['asha@example.com', 'a.b+news@mail.example.co.in', 'आशा@example.in'])
        expect(isEmail(text), text).to.equal(true);
    });

    it('refuses no @, two @, no dot in the domain, a one-letter ending, spaces and list or markup characters', () => {
      for (const text of [
        '',
        'asha',
        'asha@',
        '@example.com',
        'a@b@example.com',
        'asha@example',
        'asha@example.c',
        'asha @example.com',
        'asha@example.com, ravi@example.com',
        '<asha@example.com>',
        'asha@example.com;',
        '"asha"@example.com',
        'asha@example.com.',
      ]) {
        expect(isEmail(text), text).to.equal(false);
      }
    });
  });

  describe('parseFieldMap', () => {
    const KEYS = ['email', 'name', 'first-visit', 'visitorTimezone'] as const;

    it('reads name=target pairs, separated by spaces or commas', () => {
      expect(parseFieldMap('email=entry.1, name=entry.2  first-visit=entry.3', KEYS)).to.deep.equal({
        map: { email: 'entry.1', name: 'entry.2', 'first-visit': 'entry.3' },
        skipped: [],
      });
    });

    it('reads name:target the same, and both in one attribute', () => {
      expect(parseFieldMap('email:EMAIL name=FNAME', KEYS)).to.deep.equal({
        map: { email: 'EMAIL', name: 'FNAME' },
        skipped: [],
      });
    });

    it('keeps the rest of the target after the first separator', () => {
      expect(parseFieldMap('email=a:b name:c=d', KEYS).map).to.deep.equal({ email: 'a:b', name: 'c=d' });
    });

    it('matches names without regard to case and returns them as the widget writes them', () => {
      expect(parseFieldMap('EMAIL=x visitortimezone=y', KEYS).map).to.deep.equal({ email: 'x', visitorTimezone: 'y' });
    });

    it('skips, in order, pairs with an unknown name, no separator, no name or no target', () => {
      expect(parseFieldMap('bogus x=y =z email= name', KEYS)).to.deep.equal({
        map: {},
        skipped: ['bogus', 'x=y', '=z', 'email=', 'name'],
      });
    });
  });
});
