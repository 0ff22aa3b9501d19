import { expect } from '@open-wc/testing';
import { failureKind, parseFieldMap } from '../../../src/core/forms/providers.js';
import {
  buildRequest,
  ConfigError,
  endpointOutcome,
  failureOutcome,
  mailchimpJsonUrl,
  mailchimpOutcome,
} from '../../../src/core/forms/signup.js';
import { NetError } from '../../../src/core/net/request.js';

const MC =
  'https://calmminds.us21.list-manage.com/subscribe/post?u=4ee971990485d64595bb60f19&id=e0ebb46d37&f_id=00a1b2';

describe('core/forms/providers', () => {
  describe('buildRequest', () => {
    it('mailchimp: JSONP to /subscribe/post-json with EMAIL, FNAME and the empty b_<u>_<id> honeypot', () => {
      const request = buildRequest('mailchimp', MC, { email: 'asha@example.com', name: 'Asha' });
      expect(request.transport).to.equal('jsonp');
      const url = new URL(request.url);
      expect(url.origin + url.pathname).to.equal('https://calmminds.us21.list-manage.com/subscribe/post-json');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        u: '4ee971990485d64595bb60f19',
        id: 'e0ebb46d37',
        f_id: '00a1b2',
        EMAIL: 'asha@example.com',
        FNAME: 'Asha',
        b_4ee971990485d64595bb60f19_e0ebb46d37: '',
      });
    });

    it('mailchimp: accepts the protocol-relative action of old embed codes and a post-json address', () => {
      expect(mailchimpJsonUrl('//x.us1.list-manage.com/subscribe/post?u=a&id=b').url.pathname).to.equal(
        '/subscribe/post-json',
      );
      expect(mailchimpJsonUrl('https://x.us1.list-manage.com/subscribe/post-json?u=a&id=b').honeypot).to.equal('b_a_b');
      expect(() => mailchimpJsonUrl('https://example.com/join')).to.throw(ConfigError, 'not a Mailchimp form address');
    });

    it('field-map overrides the provider names (e.g. a Mailchimp audience with NAME instead of FNAME)', () => {
      const request = buildRequest('mailchimp', MC, { email: 'a@b.co', name: 'A' }, { fieldMap: { name: 'NAME' } });
      expect(new URL(request.url).searchParams.get('NAME')).to.equal('A');
      expect(new URL(request.url).searchParams.has('FNAME')).to.equal(false);
    });

    it("buttondown, mailerlite, follow-it: the embed forms' fields, posted no-cors", () => {
      const signup = { email: 'asha@example.com', name: 'Asha' };
      const bd = buildRequest('buttondown', 'https://buttondown.com/api/emails/embed-subscribe/calm', signup);
      expect(bd).to.deep.include({ transport: 'no-cors', fields: { email: 'asha@example.com', embed: '1' } });
      const ml = buildRequest('mailerlite', 'https://assets.mailerlite.com/jsonp/1/forms/2/subscribe', signup);
      expect(ml).to.deep.include({
        transport: 'no-cors',
        fields: { 'fields[email]': 'asha@example.com', 'fields[name]': 'Asha', 'ml-submit': '1', anticsrf: 'true' },
      });
      const fi = buildRequest('follow-it', 'https://api.follow.it/subscription-form/abc/8', signup);
      expect(fi).to.deep.include({ transport: 'no-cors', fields: { email: 'asha@example.com' } });
    });

    it('google-forms: needs entry.N names from field-map', () => {
      const url = 'https://docs.google.com/forms/d/e/1FAIpQLSe/formResponse';
      expect(() => buildRequest('google-forms', url, { email: 'a@b.co' })).to.throw(ConfigError, 'field-map');
      const request = buildRequest(
        'google-forms',
        url,
        { email: 'a@b.co', name: 'A' },
        { fieldMap: { email: 'entry.1', name: 'entry.2' } },
      );
      expect(request).to.deep.include({ transport: 'no-cors', fields: { 'entry.1': 'a@b.co', 'entry.2': 'A' } });
    });

    it('endpoint: fetch with the chosen encoding, consent as yes/no', () => {
      const request = buildRequest('endpoint', '/api/s', { email: 'a@b.co', consent: true }, { encoding: 'form' });
      expect(request).to.deep.include({
        transport: 'fetch',
        encoding: 'form',
        fields: { email: 'a@b.co', consent: 'yes' },
      });
      expect(() => buildRequest('endpoint', '', { email: 'a@b.co' })).to.throw(ConfigError);
    });

    it('parses field-map pairs and reports what it skipped', () => {
      expect(parseFieldMap('email:EMAIL, name:FNAME  bogus x:y')).to.deep.equal({
        map: { email: 'EMAIL', name: 'FNAME' },
        skipped: ['bogus', 'x:y'],
      });
    });
  });

  describe('replies', () => {
    it('mailchimp: success, confirmation, already subscribed, rate-limited, other errors as text', () => {
      expect(mailchimpOutcome({ result: 'success', msg: 'Thank you for subscribing!' }).status).to.equal('success');
      expect(mailchimpOutcome({ result: 'success', msg: 'Thank you for subscribing!' }, true).status).to.equal(
        'confirm',
      );
      expect(
        mailchimpOutcome({ result: 'success', msg: 'Almost finished... We need to confirm your email address.' })
          .status,
      ).to.equal('confirm');
      expect(
        mailchimpOutcome({
          result: 'error',
          msg: 'a@b.co is already subscribed to list X. <a href="https://x">Click here to update your profile</a>',
        }),
      ).to.deep.equal({
        status: 'already-subscribed',
        message: 'a@b.co is already subscribed to list X. Click here to update your profile',
      });
      expect(
        mailchimpOutcome({ result: 'error', msg: 'Recipient "a@b.co" has too many recent signup requests' }).status,
      ).to.equal('rate-limited');
      expect(
        mailchimpOutcome({
          result: 'error',
          msg: 'Too many subscribe attempts for this email address. Please try again in about 5 minutes.',
        }).status,
      ).to.equal('rate-limited');
      expect(mailchimpOutcome({ result: 'error', msg: '0 - Please enter a <b>value</b>' })).to.deep.equal({
        status: 'error',
        reason: 'rejected',
        message: 'Please enter a value',
      });
      expect(mailchimpOutcome('nonsense')).to.deep.equal({ status: 'error', reason: 'unknown', message: undefined });
    });

    it('endpoint: status codes and messages', () => {
      expect(endpointOutcome({ ok: true, status: 200 }).status).to.equal('success');
      expect(endpointOutcome({ ok: true, status: 201 }, true).status).to.equal('confirm');
      expect(endpointOutcome({ ok: false, status: 409 }).status).to.equal('already-subscribed');
      expect(endpointOutcome({ ok: false, status: 400, message: 'Email already exists' }).status).to.equal(
        'already-subscribed',
      );
      expect(endpointOutcome({ ok: false, status: 429 })).to.deep.include({
        status: 'rate-limited',
        reason: 'rate-limited',
      });
      expect(endpointOutcome({ ok: false, status: 422, message: 'Bad <i>address</i>' })).to.deep.equal({
        status: 'error',
        reason: 'rejected',
        message: 'Bad address',
        httpStatus: 422,
      });
      expect(endpointOutcome({ ok: false, status: 503 })).to.deep.include({
        status: 'error',
        reason: 'server',
        httpStatus: 503,
      });
      expect(failureOutcome(new NetError('http', 'h', 502))).to.deep.include({ reason: 'server', httpStatus: 502 });
    });

    it('failures without a reply', () => {
      expect(failureOutcome(new NetError('timeout', 't')).reason).to.equal('timeout');
      expect(failureOutcome(new NetError('network', 'n')).reason).to.equal('network');
      expect(failureOutcome(new NetError('parse', 'p')).reason).to.equal('server');
      expect(failureOutcome(new ConfigError('x')).reason).to.equal('config');
      expect(failureKind('config')).to.equal('setup');
      expect(failureKind('rate-limited')).to.equal('rate-limited');
      expect(failureOutcome(new Error('?')).reason).to.equal('unknown');
    });
  });
});
