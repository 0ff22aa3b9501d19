import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/subscribe-form/define.js';
import type {
  SubscribeForm,
  SubscribeErrorDetail,
  SubscribeSubmitDetail,
  SubscribeSuccessDetail,
} from '../../src/widgets/subscribe-form/subscribe-form.js';
import { captureWarnings, logKey, received, $, formSettled, mock, fakeConnection } from '../helpers/index.js';

// ---- helpers -------------------------------------------------------------------------------------------------

const input = (el: SubscribeForm, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const submitButton = (el: SubscribeForm) => $<HTMLButtonElement>(el, 'button[part=button]')!;
const statusText = (el: SubscribeForm) => $(el, '[role=status]')!.textContent!.replace(/\s+/g, ' ').trim();
const alertText = (el: SubscribeForm) => $(el, '[role=alert] p')?.textContent!.trim() ?? '';

function type(el: SubscribeForm, id: string, value: string): void {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(el: SubscribeForm, id = 'consent'): void {
  const box = input(el, id);
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function fillAndSend(el: SubscribeForm, email = 'asha@example.com', name?: string): Promise<void> {
  if (name !== undefined) type(el, 'name', name);
  type(el, 'email', email);
  await el.updateComplete;
  submitButton(el).click();
  await el.updateComplete;
}

/** The test server under another origin name, so that a no-cors post is truly cross-origin (opaque). */
const otherOrigin = () =>
  `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

describe('<subscribe-form>', () => {
  it('is accessible', async () => {
    const el = await fixture<SubscribeForm>(html`<subscribe-form action="/mock/-/subscribe" fields="name"
      consent="I agree to receive the newsletter" privacy-href="https://blog.example/p/privacy.html"
      description="One email a week with new posts. Unsubscribe any time."></subscribe-form>`);
    await expect(el).to.be.accessible();
  });

  it('labels its inputs, sets autocomplete tokens and links the description', async () => {
    const el = await fixture<SubscribeForm>(html`<subscribe-form action="/mock/-/s" fields="name"
      description="One email a week."></subscribe-form>`);
    expect($(el, 'label[for=email]')!.textContent).to.equal('Email address');
    expect($(el, 'label[for=name]')!.textContent).to.equal('Name (optional)');
    expect(input(el, 'email').type).to.equal('email');
    expect(input(el, 'email').getAttribute('autocomplete')).to.equal('email');
    expect(input(el, 'name').getAttribute('autocomplete')).to.equal('name');
    expect(input(el, 'email').getAttribute('aria-describedby')).to.equal('description');
    expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Subscribe and get latest updates');
    expect(submitButton(el).textContent!.trim()).to.equal('Subscribe');
    expect($(el, 'form')!.getAttribute('aria-labelledby')).to.equal('heading');
  });

  describe('validation', () => {
    it('explains a missing or malformed address inline, focuses it, and sends nothing', async () => {
      const key = logKey('sub-invalid');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form action=${mock({ log: key }, '/s')} .minTime=${0}></subscribe-form>`,
      );
      submitButton(el).click();
      await el.updateComplete;
      await el.updateComplete;
      const email = input(el, 'email');
      expect($(el, '#email-error')!.textContent).to.equal('Enter your email address.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('email-error');
      expect(el.shadowRoot!.activeElement?.id).to.equal('email');
      await expect(el).to.be.accessible();

      await fillAndSend(el, 'asha@example');
      expect($(el, '#email-error')!.textContent).to.equal('Enter an email address like name@example.com.');
      type(el, 'email', 'asha@example.com');
      await el.updateComplete;
      expect($(el, '#email-error')).to.equal(null);
      expect(await received(key)).to.deep.equal([]);
    });

    it('requires the consent box when there is one, and focuses it', async () => {
      const key = logKey('sub-consent');
      const el =
        await fixture<SubscribeForm>(html`<subscribe-form action=${mock({ log: key, body: '{}' }, '/s')} .minTime=${0}
        consent="I agree to receive emails"></subscribe-form>`);
      await fillAndSend(el);
      await el.updateComplete;
      const box = input(el, 'consent');
      expect($(el, '#consent-error')!.textContent).to.equal('Tick the box to agree before subscribing.');
      expect(box.getAttribute('aria-describedby')).to.equal('consent-error');
      expect(el.shadowRoot!.activeElement?.id).to.equal('consent');
      expect(await received(key)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      tick(el);
      await el.updateComplete;
      submitButton(el).click();
      await formSettled(el);
      const [request] = await received(key);
      expect(JSON.parse(request.body)).to.deep.equal({ email: 'asha@example.com', consent: 'yes' });
    });
  });

  describe('endpoint', () => {
    it('posts JSON with Accept: application/json and says thank you on 200', async () => {
      const key = logKey('sub-200');
      const el =
        await fixture<SubscribeForm>(html`<subscribe-form action=${mock({ log: key, file: 'subscribe~endpoint-ok.json' }, '/api/subscribe')}
        fields="name" .minTime=${0}></subscribe-form>`);
      const submitted = oneEvent(el, 'subscribe-submit');
      const succeeded = oneEvent(el, 'subscribe-success');
      await fillAndSend(el, '  asha@example.com ', 'Asha');
      expect(((await submitted) as CustomEvent<SubscribeSubmitDetail>).detail).to.deep.equal({
        email: 'asha@example.com',
        fields: { email: 'asha@example.com', name: 'Asha' },
      });
      expect(((await succeeded) as CustomEvent<SubscribeSuccessDetail>).detail).to.deep.equal({
        email: 'asha@example.com',
        status: 'success',
      });
      await el.updateComplete;
      const [request, ...more] = await received(key);
      expect(more).to.have.length(0);
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/api/subscribe');
      expect(request.headers.accept).to.equal('application/json');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(JSON.parse(request.body)).to.deep.equal({ email: 'asha@example.com', name: 'Asha' });
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('posts form data with field-map names when asked', async () => {
      const key = logKey('sub-form');
      const el = await fixture<SubscribeForm>(html`<subscribe-form action=${mock({ log: key, body: '{}' }, '/f/xyz')}
        encoding="form" fields="name" field-map="email:contact_email name:full_name" double-opt-in .minTime=${0}></subscribe-form>`);
      await fillAndSend(el, 'asha@example.com', 'Asha Rao');
      await formSettled(el);
      const [request] = await received(key);
      expect(request.headers['content-type']).to.contain('application/x-www-form-urlencoded');
      expect(request.body).to.equal('contact_email=asha%40example.com&full_name=Asha+Rao');
      expect(statusText(el)).to.equal('Almost done: check your inbox and confirm your subscription.');
    });

    it('reads field-map pairs written name=target, as book-appointment documents them', async () => {
      const key = logKey('sub-form-eq');
      const el = await fixture<SubscribeForm>(html`<subscribe-form action=${mock({ log: key, body: '{}' }, '/f/xyz')}
        encoding="form" fields="name" field-map="email=contact_email name=full_name" .minTime=${0}></subscribe-form>`);
      await fillAndSend(el, 'asha@example.com', 'Asha Rao');
      await formSettled(el);
      const [request] = await received(key);
      expect(request.body).to.equal('contact_email=asha%40example.com&full_name=Asha+Rao');
    });

    it('shows a 422 reply message as text and keeps every typed value', async () => {
      const key = logKey('sub-422');
      const el = await fixture<SubscribeForm>(html`<subscribe-form fields="name" .minTime=${0}
        action=${mock({ log: key, status: 422, file: 'subscribe~endpoint-422.json' }, '/s')}></subscribe-form>`);
      const failed = oneEvent(el, 'subscribe-error');
      await fillAndSend(el, 'asha@example.com', 'Asha');
      expect(((await failed) as CustomEvent<SubscribeErrorDetail>).detail).to.deep.equal({
        kind: 'rejected',
        status: 422,
        reason: 'rejected',
        message: 'This address cannot receive our emails. Use another address.',
      });
      await el.updateComplete;
      expect(alertText(el)).to.equal('This address cannot receive our emails. Use another address.');
      expect(input(el, 'email').value).to.equal('asha@example.com');
      expect(input(el, 'name').value).to.equal('Asha');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect((await received(key)).length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('on 500 says the service had a problem (not its internals), keeps the values and retries', async () => {
      const key = logKey('sub-500');
      const el = await fixture<SubscribeForm>(html`<subscribe-form fields="name" .minTime=${0}
        action=${mock({ log: key, status: 500, failfirst: 1, file: 'subscribe~endpoint-500.json' }, '/s')}></subscribe-form>`);
      await fillAndSend(el, 'asha@example.com', 'Asha');
      await formSettled(el);
      expect(el.status).to.equal('error');
      expect(alertText(el)).to.equal('The newsletter service had a problem. Please try again in a moment.');
      expect(el.shadowRoot!.textContent).not.to.contain('db-3');
      expect(input(el, 'email').value).to.equal('asha@example.com');
      expect(input(el, 'name').value).to.equal('Asha');
      await expect(el).to.be.accessible();

      const retry = $<HTMLButtonElement>(el, '[part=retry]')!;
      expect(retry.textContent!.trim()).to.equal('Try again');
      const succeeded = oneEvent(el, 'subscribe-success');
      retry.click();
      await succeeded;
      await el.updateComplete;
      const requests = await received(key);
      expect(requests.map((r) => JSON.parse(r.body))).to.deep.equal([
        { email: 'asha@example.com', name: 'Asha' },
        { email: 'asha@example.com', name: 'Asha' },
      ]);
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
    });

    it('gives up on a request that never answers, keeps the values and offers a retry', async () => {
      const key = logKey('sub-hang');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0} .timeout=${300}
        action=${mock({ log: key, hang: 1 }, '/s')}></subscribe-form>`);
      const failed = oneEvent(el, 'subscribe-error');
      await fillAndSend(el);
      const detail = ((await failed) as CustomEvent<SubscribeErrorDetail>).detail;
      expect(detail.reason).to.equal('timeout');
      expect([detail.kind, detail.status, detail.message]).to.deep.equal([
        'timeout',
        undefined,
        'The newsletter service did not answer. Check your connection and try again.',
      ]);
      await el.updateComplete;
      expect(alertText(el)).to.equal('The newsletter service did not answer. Check your connection and try again.');
      expect(input(el, 'email').value).to.equal('asha@example.com');
      expect($(el, '[part=retry]')).not.to.equal(null);
      expect((await received(key)).length).to.equal(1);
    });

    it('maps 409 to already subscribed and 429 to rate-limited', async () => {
      const key = logKey('sub-409');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0}
        action=${mock({ log: key, status: 409, body: '{"message":"exists"}' }, '/s')}></subscribe-form>`);
      await fillAndSend(el);
      await formSettled(el);
      expect(statusText(el)).to.equal('This address is already subscribed. Thank you!');

      const key2 = logKey('sub-429');
      const el2 = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0}
        action=${mock({ log: key2, status: 429, body: '{}' }, '/s')}></subscribe-form>`);
      await fillAndSend(el2);
      await formSettled(el2);
      expect(alertText(el2)).to.equal(
        'Too many sign-up attempts for this address. Please wait a few minutes, then try again.',
      );
    });
  });

  describe('sending once', () => {
    it('sends one request however often the button is clicked, busy while sending', async () => {
      const key = logKey('sub-double');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0}
        action=${mock({ log: key, delay: 400, body: '{}' }, '/s')}></subscribe-form>`);
      type(el, 'email', 'asha@example.com');
      await el.updateComplete;
      const button = submitButton(el);
      button.click();
      button.click();
      button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Subscribing…');
      button.click();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await expect(el).to.be.accessible();
      await formSettled(el);
      expect((await received(key)).length).to.equal(1);
    });

    it('sends from the keyboard: Tab from the address to the button, press Enter', async () => {
      const key = logKey('sub-keys');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log: key, body: '{}' }, '/s')}></subscribe-form>`,
      );
      type(el, 'email', 'ravi@example.in');
      await el.updateComplete;
      input(el, 'email').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button');
      await sendKeys({ press: 'Enter' });
      await formSettled(el);
      const [request] = await received(key);
      expect(JSON.parse(request.body)).to.deep.equal({ email: 'ravi@example.in' });
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
      // The form gave way to the message: focus follows it instead of falling back to the page.
      expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('status');
    });

    it('lets the page cancel the submission', async () => {
      const key = logKey('sub-cancel');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log: key, body: '{}' }, '/s')}></subscribe-form>`,
      );
      el.addEventListener('subscribe-submit', (event) => event.preventDefault());
      await fillAndSend(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(await received(key)).to.deep.equal([]);
      expect(el.status).to.equal('idle');
    });
  });

  describe('offline', () => {
    const connection = fakeConnection();

    it('says it will send when the connection returns, and does so on `online`', async () => {
      const key = logKey('sub-offline');
      const el = await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0} fields="name"
        action=${mock({ log: key, body: '{}' }, '/s')}></subscribe-form>`);
      connection.online = false;
      window.dispatchEvent(new Event('offline'));
      await fillAndSend(el, 'asha@example.com', 'Asha');
      await el.updateComplete;
      expect(el.status).to.equal('offline');
      expect(statusText(el)).to.equal('You are offline. Your subscription will be sent when the connection returns.');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(input(el, 'email').value).to.equal('asha@example.com');
      await expect(el).to.be.accessible();
      await new Promise((r) => setTimeout(r, 150));
      expect(await received(key)).to.deep.equal([]);

      const succeeded = oneEvent(el, 'subscribe-success');
      connection.online = true;
      window.dispatchEvent(new Event('online'));
      await succeeded;
      const requests = await received(key);
      expect(requests.map((r) => JSON.parse(r.body))).to.deep.equal([{ email: 'asha@example.com', name: 'Asha' }]);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
    });
  });

  describe('bots', () => {
    it('drops a submission faster than min-time silently, looking like success', async () => {
      const key = logKey('sub-bot-fast');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form min-time="60s" action=${mock({ log: key, body: '{}' }, '/s')}></subscribe-form>`,
      );
      let events = 0;
      for (const type of ['subscribe-submit', 'subscribe-success', 'subscribe-error'])
        el.addEventListener(type, () => (events += 1));
      expect(el.minTime).to.equal(60_000);
      await fillAndSend(el);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
      await new Promise((r) => setTimeout(r, 100));
      expect(await received(key)).to.deep.equal([]);
      expect(events).to.equal(0);
    });

    it('drops a submission whose honeypot was filled', async () => {
      const key = logKey('sub-bot-hp');
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form .minTime=${0} action=${mock({ log: key, body: '{}' }, '/s')}></subscribe-form>`,
      );
      const hp = input(el, 'hp');
      expect(hp.tabIndex).to.equal(-1);
      expect(hp.closest('[aria-hidden=true]')).not.to.equal(null);
      hp.value = 'http://spam.example';
      await fillAndSend(el);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you! You are subscribed.');
      await new Promise((r) => setTimeout(r, 100));
      expect(await received(key)).to.deep.equal([]);
    });
  });

  describe('mailchimp', () => {
    // Mailchimp's own host (mapped to the test server by web-test-runner.config.mjs): JSONP is used only there.
    const action = (key: string, file: string) =>
      `http://calmminds.us21.list-manage.com:${location.port}${mock({ log: key, file: `subscribe~${file}`, jsonp: 'c' }, '/subscribe/post?u=abc123&id=def456')}`;

    async function mailchimp(file: string) {
      const key = logKey(`mc-${file}`);
      const el = await fixture<SubscribeForm>(html`<subscribe-form provider="mailchimp" fields="name" .minTime=${0}
        action=${action(key, `${file}.json`)}></subscribe-form>`);
      await fillAndSend(el, 'asha@example.com', 'Asha');
      await formSettled(el);
      const requests = await received(key);
      expect(requests).to.have.length(1);
      const [request] = requests;
      // JSONP: a GET to /subscribe/post-json with the fields, Mailchimp's empty honeypot and the callback in the query.
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/subscribe/post-json');
      const { c, ...query } = request.query;
      expect(c).to.match(/^__blogWidgetsJsonp/);
      expect(query).to.deep.equal({
        u: 'abc123',
        id: 'def456',
        EMAIL: 'asha@example.com',
        FNAME: 'Asha',
        b_abc123_def456: '',
      });
      return el;
    }

    it('subscribes over JSONP and asks to confirm from the inbox', async () => {
      const el = await mailchimp('mailchimp-success');
      expect(el.status).to.equal('confirm');
      expect(statusText(el)).to.equal('Almost done: check your inbox and confirm your subscription.');
      await expect(el).to.be.accessible();
    });

    it('shows an error msg as text, without Mailchimp\'s "0 - " prefix, keeping the values', async () => {
      const el = await mailchimp('mailchimp-error');
      expect(el.status).to.equal('error');
      expect(alertText(el)).to.equal(
        'This email address looks fake or invalid. Please enter a real email address & try again.',
      );
      expect($(el, '[role=alert] b')).to.equal(null);
      expect(input(el, 'email').value).to.equal('asha@example.com');
      expect(input(el, 'name').value).to.equal('Asha');
      await expect(el).to.be.accessible();
    });

    it('turns "already subscribed" into its own friendly state', async () => {
      const el = await mailchimp('mailchimp-already');
      expect(el.status).to.equal('already-subscribed');
      expect(statusText(el)).to.equal('This address is already subscribed. Thank you!');
      expect($(el, '[role=status] a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('turns "too many recent signup requests" into the rate-limited state', async () => {
      const failed = new Promise<SubscribeErrorDetail>((resolve) =>
        document.addEventListener('subscribe-error', (e) => resolve(e.detail), { once: true }),
      );
      const el = await mailchimp('mailchimp-rate-limited');
      expect(el.status).to.equal('rate-limited');
      expect((await failed).reason).to.equal('rate-limited');
      expect(alertText(el)).to.equal(
        'Too many sign-up attempts for this address. Please wait a few minutes, then try again.',
      );
      expect(input(el, 'email').value).to.equal('asha@example.com');
      await expect(el).to.be.accessible();
    });

    it('warns about an address that is not a Mailchimp form and says the form is not set up', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SubscribeForm>(html`<subscribe-form provider="mailchimp" .minTime=${0}
          action="https://example.com/newsletter"></subscribe-form>`);
        await fillAndSend(el);
        await formSettled(el);
        expect(alertText(el)).to.equal('This form is not set up yet, so it cannot send.');
        expect(warnings.messages.join('\n')).to.contain('is not a Mailchimp form address');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('no-cors providers', () => {
    it('google-forms: posts entry fields with no-cors and says the request was sent', async () => {
      const key = logKey('gf');
      const el = await fixture<SubscribeForm>(html`<subscribe-form provider="google-forms" fields="name" .minTime=${0}
        field-map="email:entry.1111 name:entry.2222"
        action=${`${otherOrigin()}${mock({ log: key }, '/forms/d/e/1FAIpQLSe/formResponse')}`}></subscribe-form>`);
      const succeeded = oneEvent(el, 'subscribe-success');
      await fillAndSend(el, 'asha@example.com', 'Asha');
      expect(((await succeeded) as CustomEvent<SubscribeSuccessDetail>).detail.status).to.equal('sent');
      await el.updateComplete;
      const [request] = await received(key);
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/forms/d/e/1FAIpQLSe/formResponse');
      expect(request.body).to.equal('entry.1111=asha%40example.com&entry.2222=Asha');
      expect(statusText(el)).to.equal('Your request was sent. Thank you!');
      await expect(el).to.be.accessible();
    });

    it('google-forms: without an email entry in field-map, warns and does not send', async () => {
      const warnings = captureWarnings();
      try {
        const key = logKey('gf-nomap');
        const el = await fixture<SubscribeForm>(html`<subscribe-form provider="google-forms" .minTime=${0}
          action=${mock({ log: key }, '/formResponse')}></subscribe-form>`);
        await fillAndSend(el);
        await formSettled(el);
        expect(el.status).to.equal('error');
        expect(warnings.messages.join('\n')).to.contain('field-map');
        expect(await received(key)).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    const cases = [
      {
        provider: 'buttondown',
        path: '/api/emails/embed-subscribe/calmminds',
        body: 'email=asha%40example.com&embed=1',
      },
      {
        provider: 'mailerlite',
        path: '/jsonp/123456/forms/987654321/subscribe',
        body: 'fields%5Bemail%5D=asha%40example.com&fields%5Bname%5D=Asha&ml-submit=1&anticsrf=true',
      },
      {
        provider: 'follow-it',
        path: '/subscription-form/QWxhZGRpbjpvcGVuIHNlc2FtZQ==/8',
        body: 'email=asha%40example.com',
      },
    ];
    for (const { provider, path, body } of cases) {
      it(`${provider}: posts the embed form's fields and asks to check the inbox`, async () => {
        const key = logKey(provider);
        const el = await fixture<SubscribeForm>(html`<subscribe-form provider=${provider} fields="name" .minTime=${0}
          action=${`${otherOrigin()}${mock({ log: key }, path)}`}></subscribe-form>`);
        await fillAndSend(el, 'asha@example.com', 'Asha');
        await formSettled(el);
        const [request] = await received(key);
        expect(request.method).to.equal('POST');
        expect(request.path).to.equal(path);
        expect(request.body).to.equal(body);
        expect(el.status).to.equal('confirm');
        expect(statusText(el)).to.equal('Check your inbox to confirm your subscription.');
      });
    }
  });

  describe('slots, language, attributes', () => {
    it('replaces the heading and the success message with slotted content', async () => {
      const key = logKey('sub-slots');
      const el =
        await fixture<SubscribeForm>(html`<subscribe-form .minTime=${0} action=${mock({ log: key, body: '{}' }, '/s')}>
        <span slot="heading">Letters from the clinic</span>
        <p slot="success">Welcome aboard!</p>
      </subscribe-form>`);
      const headingSlot = $<HTMLSlotElement>(el, 'slot[name=heading]')!;
      expect(headingSlot.assignedElements()[0].textContent).to.equal('Letters from the clinic');
      await fillAndSend(el);
      await formSettled(el);
      await el.updateComplete;
      const successSlot = $<HTMLSlotElement>(el, 'slot[name=success]')!;
      expect(successSlot.assignedElements()[0].textContent).to.equal('Welcome aboard!');
      await expect(el).to.be.accessible();
    });

    it('speaks Hindi', async () => {
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form lang="hi" action="/mock/-/s" fields="name" .minTime=${0}></subscribe-form>`,
      );
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('सदस्यता लें और नई पोस्ट की जानकारी पाएँ');
      expect(submitButton(el).textContent!.trim()).to.equal('सदस्यता लें');
      expect($(el, 'label[for=email]')!.textContent).to.equal('ईमेल पता');
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '#email-error')!.textContent).to.equal('अपना ईमेल पता लिखें।');
      await expect(el).to.be.accessible();
    });

    it('speaks Urdu right to left', async () => {
      const el = await fixture<SubscribeForm>(
        html`<subscribe-form lang="ur" action="/mock/-/s" consent="میں متفق ہوں"></subscribe-form>`,
      );
      expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      expect(submitButton(el).textContent!.trim()).to.equal('سبسکرائب کریں');
      expect(input(el, 'email').placeholder).to.equal('مثلاً you@example.com');
      await expect(el).to.be.accessible();
    });

    it('uses the owner\'s heading, button label and placeholder; heading="none" hides the heading', async () => {
      const el = await fixture<SubscribeForm>(html`<subscribe-form action="/mock/-/s" heading="Get new posts by email"
        button-label="Sign me up" placeholder="name@domain.in"></subscribe-form>`);
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Get new posts by email');
      expect(submitButton(el).textContent!.trim()).to.equal('Sign me up');
      expect(input(el, 'email').placeholder).to.equal('name@domain.in');
      el.heading = 'none';
      await el.updateComplete;
      expect($(el, '[part=heading]')).to.equal(null);
      expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Subscribe and get latest updates');
      await expect(el).to.be.accessible();
    });

    it('warns once about a missing action, an unknown provider and a bad field-map', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SubscribeForm>(
          html`<subscribe-form provider="substack" field-map="email"></subscribe-form>`,
        );
        expect(el.provider).to.equal('endpoint');
        expect(warnings.messages).to.include.members([
          '[subscribe-form] attribute "provider": "substack" is not one of endpoint, mailchimp, buttondown, mailerlite, follow-it, google-forms; using "endpoint"',
          '[subscribe-form] attribute "action": missing: the form cannot send; using nothing',
          '[subscribe-form] attribute "field-map": "email" not understood (write "email=NAME name=NAME"); using the rest',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });
});
