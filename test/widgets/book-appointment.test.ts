import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/widgets/book-appointment/define.js';
import type { AppointmentOpenDetail, BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import {
  captureWarnings,
  logKey,
  received,
  forcedColors,
  mock,
  root,
  $,
  $$,
  text,
  waitUntil,
} from '../helpers/index.js';
import { bookingFixture, clickAndWait, statusTexts } from '../helpers/booking.js';

// Monday 2 March 2026, 00:00 UTC: Sunday 1 March 19:00 in New York, Monday 05:30 in Kolkata.

const heading = (el: BookAppointment) => text($(el, '.step'));
const focused = (el: BookAppointment) => root(el).activeElement as HTMLElement | null;
const times = (el: BookAppointment) => $$(el, '.times button').map(text);
const tick = () => new Promise((r) => setTimeout(r, 0));

const setup = (attrs: Record<string, string> = {}, width = 600) =>
  bookingFixture(
    {
      timezone: 'Asia/Kolkata',
      'visitor-timezone': 'America/New_York',
      hours: 'mon-fri 18:00-20:00',
      horizon: '14',
      ...attrs,
    },
    width,
  );

async function fillDetails(el: BookAppointment, values: { name?: string; email?: string; phone?: string }) {
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#f-${name}`);
    input.value = value!;
    input.dispatchEvent(new Event('input'));
  }
  const consent = $<HTMLInputElement>(el, '#f-consent');
  if (!consent.checked) consent.click();
  await el.updateComplete;
}

/** Mouse: choose 3 March and its first time, fill the form, review. */
async function toReview(el: BookAppointment, details = { name: 'Asha Verma', email: 'asha@example.com' }) {
  await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
  await clickAndWait(el, $$(el, '.times button')[0]);
  await fillDetails(el, details);
  await clickAndWait(el, $(el, 'form button[type=submit]'));
  expect(heading(el)).to.equal('Check and send');
}

describe('<book-appointment>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible', async () => {
    const el = await setup({ 'crisis-note': 'This form is not for emergencies. In India call Tele-MANAS 14416.' });
    await expect(el).to.be.accessible();
  });

  it('shows times in the visitor’s zone, with a switch to the practice’s zone', async () => {
    const el = await setup();
    expect(heading(el)).to.equal('Choose a date and time');
    expect(text($(el, '.zone span'))).to.equal('Times shown in Eastern Time – America/New York.');
    expect(text($(el, '#month'))).to.equal('March 2026');
    // Monday 2 March is within the 24 h notice; Tuesday 3 March has the first free times.
    expect($(el, 'td[data-date="2026-03-02"]').getAttribute('aria-disabled')).to.equal('true');
    expect($(el, 'td[data-date="2026-03-02"]').getAttribute('aria-label')).to.equal(
      'Monday, March 2, 2026, no free times',
    );
    expect($(el, 'td[data-date="2026-03-03"]').getAttribute('aria-disabled')).to.equal('false');
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    expect(times(el)).to.deep.equal(['7:30 AM', '8:30 AM']);
    expect(text($(el, '.times-block [role=status]'))).to.equal('2 free times on Tuesday, March 3');
    // After the US switch to summer time (8 March) the same Kolkata hours are an hour later in New York.
    await clickAndWait(el, $(el, 'td[data-date="2026-03-09"]'));
    expect(times(el)).to.deep.equal(['8:30 AM', '9:30 AM']);
    const zoneSwitch = $(el, '.zone-switch');
    expect(text(zoneSwitch)).to.equal('Show the practice’s time (India Standard Time – Asia/Kolkata)');
    await clickAndWait(el, zoneSwitch);
    expect(text($(el, '.zone span'))).to.equal('Times shown in India Standard Time – Asia/Kolkata.');
    expect(times(el)).to.deep.equal(['6:00 PM', '7:00 PM']);
    expect(text($(el, '.zone-switch'))).to.equal('Show my time (Eastern Time – America/New York)');
    await expect(el).to.be.accessible();
  });

  it('follows the date-picker grid pattern: one tab stop, arrows, Home/End, PageUp/PageDown', async () => {
    const el = await setup();
    expect($$(el, 'td[tabindex="0"]').map((td) => td.dataset.date)).to.deep.equal(['2026-03-03']);
    $(el, 'td[tabindex="0"]').focus();
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      return focused(el)?.dataset.date;
    };
    expect(await press('ArrowRight')).to.equal('2026-03-04');
    expect(await press('ArrowDown')).to.equal('2026-03-11');
    expect(await press('ArrowLeft')).to.equal('2026-03-10');
    expect(await press('ArrowUp')).to.equal('2026-03-03');
    expect(await press('Home')).to.equal('2026-03-01'); // weeks start on Sunday in English
    expect(await press('End')).to.equal('2026-03-07');
    expect(await press('PageDown')).to.equal('2026-03-15'); // clamped to the horizon: now + 14 days is 15 March, 20:00 in New York
    expect(text($(el, '#month'))).to.equal('March 2026');
    expect(await press('PageUp')).to.equal('2026-03-01');
    expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
    // A disabled day cannot be chosen; an enabled one shows its times.
    await press('Enter');
    expect($$(el, '.times button')).to.have.length(0);
    expect(await press('ArrowRight')).to.equal('2026-03-02');
    await press('ArrowRight');
    await press(' ');
    expect(times(el)).to.deep.equal(['7:30 AM', '8:30 AM']);
    expect($(el, 'td[data-date="2026-03-03"]').getAttribute('aria-selected')).to.equal('true');
    expect(focused(el)?.dataset.date).to.equal('2026-03-03');
  });

  it('crosses months with PageDown and the month buttons', async () => {
    const el = await setup({ horizon: '45' });
    $(el, 'td[tabindex="0"]').focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(text($(el, '#month'))).to.equal('April 2026');
    expect(focused(el)?.dataset.date).to.equal('2026-04-03');
    expect($(el, '.next').hasAttribute('disabled')).to.equal(true);
    await clickAndWait(el, $(el, '.prev'));
    expect(text($(el, '#month'))).to.equal('March 2026');
    expect($(el, '.prev').hasAttribute('disabled')).to.equal(true);
  });

  it('completes the whole flow by keyboard alone, sending JSON to the endpoint (1200 px)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const log = logKey('book-ok');
    const el = await setup(
      {
        action: mock({ status: 200, body: '{"ok":true}', log }, '/book'),
        modes: 'online in-person',
        fields: 'age concern first-visit',
        practitioner: 'Dr. Meera Rao',
      },
      1200,
    );
    expect(el.getBoundingClientRect().width).to.equal(1200);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Show the practice’s time (India Standard Time – Asia/Kolkata)');
    await sendKeys({ press: 'Tab' }); // both month buttons are disabled (14 days ahead)
    expect(focused(el)?.dataset.date).to.equal('2026-03-03');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('7:30 AM');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Your details');
    expect(focused(el)).to.equal($(el, '.step'));
    expect(text($(el, 'form').previousElementSibling)).to.equal('Chosen time: Tuesday, March 3, 2026 at 8:30 AM EST');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('f-name');
    await sendKeys({ type: 'Asha Verma' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'asha@example.com' });
    await sendKeys({ press: 'Tab' }); // mode: online is checked
    await sendKeys({ press: 'ArrowDown' }); // in person
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '29' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Sleep; worry, at night' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // first visit
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // consent
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Check and send');
    // At 1200 px labels and answers sit side by side.
    expect($(el, 'dd').getBoundingClientRect().top).to.equal($(el, 'dt').getBoundingClientRect().top);
    expect($$(el, 'dl > *').map(text)).to.deep.equal([
      'When',
      'Tuesday, March 3, 2026 at 8:30 AM EST',
      'Practice’s time',
      'Tuesday, March 3, 2026 at 7:00 PM GMT+5:30',
      'How would you like to meet?',
      'In person',
      'Name',
      'Asha Verma',
      'Email',
      'asha@example.com',
      'Age (optional)',
      '29',
      'What would you like help with? (optional)',
      'Sleep; worry, at night',
      'This is my first session',
      'Yes',
    ]);
    await expect(el).to.be.accessible();
    const sent = oneEvent(el, 'appointment-sent');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Send request');
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail.status).to.equal(200);
    await el.updateComplete;
    expect(heading(el)).to.equal('Request sent');
    expect(focused(el)).to.equal($(el, '.step'));
    expect(text($(el, '.next-steps'))).to.equal('Dr. Meera Rao will confirm by email.');
    const [request] = await received(log);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    const { requestId } = JSON.parse(request.body);
    expect(requestId).to.match(/^[0-9a-f-]{32,36}$/);
    expect(request.headers['idempotency-key']).to.equal(requestId);
    expect(JSON.parse(request.body)).to.deep.equal({
      requestId,
      start: '2026-03-03T13:30:00.000Z',
      end: '2026-03-03T14:20:00.000Z',
      timezone: 'Asia/Kolkata',
      visitorTimezone: 'America/New_York',
      mode: 'in-person',
      name: 'Asha Verma',
      email: 'asha@example.com',
      phone: '',
      fields: { age: '29', concern: 'Sleep; worry, at night', firstVisit: true },
      page: location.href.split('#')[0],
    });
    await expect(el).to.be.accessible();
    before.remove();
  });

  it('gives a valid, discreet .ics file and a Google Calendar link', async () => {
    const el = await setup({
      action: mock({ status: 200, body: '{}' }, '/book'),
      fields: 'concern',
      practitioner: 'Dr. Meera Rao',
    });
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    await clickAndWait(el, $$(el, '.times button')[0]);
    $<HTMLTextAreaElement>(el, '#f-concern').value = 'panic attacks';
    $(el, '#f-concern').dispatchEvent(new Event('input'));
    await fillDetails(el, { name: 'Asha', email: 'asha@example.com' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    await sent;
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, 'a.ics');
    expect(link.getAttribute('download')).to.equal('appointment.ics');
    const ics = await (await fetch(link.href)).text();
    expect(ics).not.to.contain('panic');
    expect(ics).not.to.contain('Meera');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal('Appointment');
    expect(vevent.startDate.toJSDate().toISOString()).to.equal('2026-03-03T12:30:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).to.equal('2026-03-03T13:20:00.000Z');
    const google = new URL($<HTMLAnchorElement>(el, 'a.google').href);
    expect(google.searchParams.get('text')).to.equal('Appointment');
    expect(google.searchParams.get('dates')).to.equal('20260303T123000Z/20260303T132000Z');
    expect(google.href).not.to.contain('panic');
  });

  it('names the practitioner in the calendar when discreet="false", and uses event-title when given', async () => {
    const el = await setup({
      action: mock({ status: 200, body: '{}' }, '/book'),
      practitioner: 'Dr. Meera Rao',
      discreet: 'false',
    });
    await toReview(el);
    $(el, '.send').click();
    await oneEvent(el, 'appointment-sent');
    await el.updateComplete;
    expect(new URL($<HTMLAnchorElement>(el, 'a.google').href).searchParams.get('text')).to.equal(
      'Appointment with Dr. Meera Rao',
    );
    const titled = await setup({ action: mock({ status: 200, body: '{}' }, '/book'), 'event-title': 'Session' });
    await toReview(titled);
    $(titled, '.send').click();
    await oneEvent(titled, 'appointment-sent');
    await titled.updateComplete;
    const ics = await (await fetch($<HTMLAnchorElement>(titled, 'a.ics').href)).text();
    expect(ics).to.contain('\r\nSUMMARY:Session\r\n');
  });

  it('works by mouse in Hindi at 320 px, axe passing at every step', async () => {
    document.documentElement.lang = 'hi';
    try {
      const log = logKey('book-hi');
      const el = await setup(
        {
          action: mock({ status: 200, body: '{}', log }, '/book'),
          contact: 'phone',
          'crisis-note': 'यह फ़ॉर्म आपात स्थिति के लिए नहीं है। भारत में Tele-MANAS 14416 पर कॉल करें।',
        },
        320,
      );
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(heading(el)).to.equal('तारीख़ और समय चुनें');
      expect(text($(el, '[part=crisis]'))).to.equal(
        'यह फ़ॉर्म आपात स्थिति के लिए नहीं है। भारत में Tele-MANAS 14416 पर कॉल करें।',
      );
      expect($(el, 'td[data-date="2026-03-02"]').getAttribute('aria-label')).to.match(/, कोई समय ख़ाली नहीं$/);
      expect(root(el).querySelector('table')!.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
      expect(text($(el, '#times-heading'))).to.match(/को ख़ाली समय$/);
      await expect(el).to.be.accessible();
      await clickAndWait(el, $$(el, '.times button')[0]);
      expect(heading(el)).to.equal('आपकी जानकारी');
      expect(text($(el, 'label[for=f-phone]'))).to.equal('फ़ोन (देश के कोड के साथ)');
      await clickAndWait(el, $(el, 'form button[type=submit]'));
      expect($$(el, '.error').map(text)).to.deep.equal([
        'अपना नाम लिखें।',
        'देश के कोड के साथ फ़ोन नंबर लिखें, जैसे +91 98765 43210।',
        'अनुरोध भेजने के लिए सहमति वाले बॉक्स पर टिक करें।',
      ]);
      await expect(el).to.be.accessible();
      await fillDetails(el, { name: 'आशा', phone: '+91 98765 43210' });
      await clickAndWait(el, $(el, 'form button[type=submit]'));
      expect(heading(el)).to.equal('जाँचें और भेजें');
      // At 320 px each answer gets the full width under its label, not a sliver beside it.
      for (const dd of $$(el, 'dd')) expect(dd.getBoundingClientRect().width).to.be.greaterThan(250);
      await expect(el).to.be.accessible();
      $(el, '.send').click();
      await oneEvent(el, 'appointment-sent');
      await el.updateComplete;
      expect(heading(el)).to.equal('अनुरोध भेज दिया गया');
      expect(text($(el, '.next-steps'))).to.equal('आपको फ़ोन पर पुष्टि मिलेगी।');
      expect(text($(el, 'a.ics'))).to.equal('कैलेंडर में जोड़ें (.ics)');
      for (const node of $$(el, '.root *'))
        expect(node.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
      await expect(el).to.be.accessible();
      const body = JSON.parse((await received(log))[0].body);
      expect([body.name, body.phone, body.email]).to.deep.equal(['आशा', '+91 98765 43210', '']);
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('keeps everything entered when going back and forward', async () => {
    const historyLength = history.length;
    const address = location.href;
    const el = await setup({ fields: 'concern', modes: 'online phone' });
    await toReview(el, { name: 'Ravi', email: 'ravi@example.com' });
    await clickAndWait(el, $(el, '.back'));
    expect(heading(el)).to.equal('Your details');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ravi');
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('ravi@example.com');
    expect($<HTMLInputElement>(el, '#f-consent').checked).to.equal(true);
    $<HTMLInputElement>(el, 'input[value=phone]').click();
    await el.updateComplete;
    await clickAndWait(el, $(el, '.back'));
    expect(heading(el)).to.equal('Choose a date and time');
    expect($(el, 'td[data-date="2026-03-03"]').getAttribute('aria-selected')).to.equal('true');
    expect($$(el, '.times button[aria-pressed=true]').map(text)).to.deep.equal(['7:30 AM']);
    await clickAndWait(el, $$(el, '.times button')[1]);
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ravi');
    expect($<HTMLInputElement>(el, 'input[value=phone]').checked).to.equal(true);
    expect(text($(el, 'form').previousElementSibling)).to.equal('Chosen time: Tuesday, March 3, 2026 at 8:30 AM EST');
    // History is untouched: nothing about the visit goes into the address bar.
    expect(history.length).to.equal(historyLength);
    expect(location.href).to.equal(address);
  });

  it('validates the details, naming each problem and focusing the first', async () => {
    const el = await setup({ contact: 'either' });
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    await clickAndWait(el, $$(el, '.times button')[0]);
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    expect($$(el, '.error').map(text)).to.deep.equal([
      'Enter your name.',
      'Enter an email address or a phone number.',
      'Tick the box to agree, so that your request can be sent.',
    ]);
    expect(focused(el)?.id).to.equal('f-name');
    expect($(el, '#f-name').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-name').getAttribute('aria-describedby')).to.equal('e-name');
    await fillDetails(el, { name: 'A', phone: '12' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    expect($$(el, '.error').map(text)).to.deep.equal([
      'Enter a phone number, with its country code, like +91 98765 43210.',
    ]);
    expect(focused(el)?.id).to.equal('f-phone');
    await fillDetails(el, { phone: '+1 212 555 0100' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    expect(heading(el)).to.equal('Check and send');
  });

  it('shows the endpoint’s error message as text and sends again on retry', async () => {
    const log = logKey('book-422');
    const el = await setup({
      action: mock({ status: 422, failfirst: 1, body: '{"error":"That time was <b>just</b> taken."}', log }, '/book'),
    });
    await toReview(el);
    const failed = oneEvent(el, 'appointment-error');
    $(el, '.send').click();
    const detail = (await failed).detail;
    expect([detail.kind, detail.status]).to.deep.equal(['http', 422]);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('The request was not accepted: That time was <b>just</b> taken.');
    expect(detail.message).to.equal('The request was not accepted: That time was <b>just</b> taken.');
    expect($(el, '[role=alert] b')).to.equal(null);
    expect(text($(el, '.send'))).to.equal('Try again');
    expect(text($(el, 'dl'))).to.contain('Asha Verma');
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    await sent;
    await el.updateComplete;
    expect(heading(el)).to.equal('Request sent');
    const requests = await received(log);
    expect(requests).to.have.length(2);
    expect(requests[1].body).to.equal(requests[0].body);
  });

  it('explains a 500 and a server that does not answer, keeping the details', async () => {
    const el = await setup({ action: mock({ status: 500, body: '' }, '/book') });
    await toReview(el);
    $(el, '.send').click();
    await oneEvent(el, 'appointment-error');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(
      'The request was not accepted (error 500). Nothing was lost: try again.',
    );
    const hanging = await setup({ action: mock({ hang: 1 }, '/book'), timeout: '1s' });
    await toReview(hanging);
    $(hanging, '.send').click();
    await hanging.updateComplete;
    expect(text($(hanging, '.send'))).to.equal('Sending…');
    expect(text($(hanging, '[role=status]'))).to.equal('Sending…');
    const failed = await oneEvent(hanging, 'appointment-error');
    expect(failed.detail.kind).to.equal('timeout');
    await hanging.updateComplete;
    expect(text($(hanging, '[role=alert]'))).to.equal(
      'The practice did not answer in time. Nothing was lost: try again.',
    );
    await clickAndWait(hanging, $(hanging, '.back'));
    expect($<HTMLInputElement>(hanging, '#f-name').value).to.equal('Asha Verma');
  });

  it('sends once on a double click', async () => {
    const log = logKey('book-double');
    const el = await setup({ action: mock({ delay: 300, body: '{}', log }, '/book') });
    await toReview(el);
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    $(el, '.send').click();
    await tick();
    $(el, '.send').click();
    await sent;
    expect(await received(log)).to.have.length(1);
  });

  it('waits for the connection when offline, then sends', async () => {
    const log = logKey('book-offline');
    const el = await setup({ action: mock({ body: '{}', log }, '/book') });
    await toReview(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      $(el, '.send').click();
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal(
        'You are offline. Your request will be sent as soon as the connection returns.',
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(await received(log)).to.have.length(0);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    const sent = oneEvent(el, 'appointment-sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(await received(log)).to.have.length(1);
  });

  it('offline, says it waits for the connection, then that it sends', async () => {
    const el = await setup({ action: mock({ body: '{}' }, '/book') });
    await toReview(el);
    const texts = statusTexts(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      $(el, '.send').click();
      await el.updateComplete;
      expect(text($(el, '.send'))).to.equal('Send request');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    const sent = oneEvent(el, 'appointment-sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(texts.slice(0, 2)).to.deep.equal([
      'You are offline. Your request will be sent as soon as the connection returns.',
      'Sending…',
    ]);
  });

  it('lets the page cancel the request', async () => {
    const log = logKey('book-cancel');
    const el = await setup({ action: mock({ body: '{}', log }, '/book') });
    await toReview(el);
    el.addEventListener('appointment-request', (e) => e.preventDefault(), { once: true });
    const request = oneEvent(el, 'appointment-request');
    $(el, '.send').click();
    expect((await request).detail.name).to.equal('Asha Verma');
    await new Promise((r) => setTimeout(r, 100));
    expect(await received(log)).to.have.length(0);
    expect(heading(el)).to.equal('Check and send');
  });

  it('opens WhatsApp with the time and name only (never the reason)', async () => {
    const el = await setup({
      transport: 'whatsapp',
      whatsapp: '+91 98765-43210',
      fields: 'concern',
      modes: 'online phone',
    });
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    await clickAndWait(el, $$(el, '.times button')[0]);
    $<HTMLTextAreaElement>(el, '#f-concern').value = 'grief';
    $(el, '#f-concern').dispatchEvent(new Event('input'));
    await fillDetails(el, { name: 'Asha', email: 'asha@example.com' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    expect(text($(el, '.send'))).to.equal('Send on WhatsApp');
    const opened: AppointmentOpenDetail[] = [];
    el.addEventListener('appointment-open', (e) => {
      e.preventDefault();
      opened.push(e.detail);
    });
    const sent = oneEvent(el, 'appointment-sent');
    $(el, '.send').click();
    expect((await sent).detail.url).to.equal(opened[0].url);
    const message =
      'Hello, I would like to request an appointment on Tuesday, March 3, 2026 at 6:00 PM GMT+5:30. Name: Asha. Mode: Online (video).';
    expect(opened).to.deep.equal([
      { transport: 'whatsapp', url: `https://wa.me/919876543210?text=${encodeURIComponent(message)}` },
    ]);
    expect(opened[0].url).not.to.contain('grief');
    await el.updateComplete;
    expect(heading(el)).to.equal('Your WhatsApp message is ready');
  });

  it('opens a prefilled email with a discreet subject', async () => {
    const el = await setup({ transport: 'mailto', email: 'dr.rao@example.com', contact: 'both', fields: 'concern' });
    const opened: string[] = [];
    el.addEventListener('appointment-open', (e) => {
      e.preventDefault();
      opened.push(e.detail.url);
    });
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    await clickAndWait(el, $$(el, '.times button')[1]);
    $<HTMLTextAreaElement>(el, '#f-concern').value = 'grief';
    $(el, '#f-concern').dispatchEvent(new Event('input'));
    await fillDetails(el, { name: 'Asha', email: 'asha@example.com', phone: '+1 212 555 0100' });
    await clickAndWait(el, $(el, 'form button[type=submit]'));
    $(el, '.send').click();
    await el.updateComplete;
    const body =
      'Hello, I would like to request an appointment on Tuesday, March 3, 2026 at 7:00 PM GMT+5:30. Name: Asha. Contact: asha@example.com, +1 212 555 0100.';
    expect(opened).to.deep.equal([`mailto:dr.rao@example.com?subject=Appointment&body=${encodeURIComponent(body)}`]);
    expect(heading(el)).to.equal('Your email is ready');
  });

  it('posts to a Google Form without CORS through field-map', async () => {
    const log = logKey('book-gform');
    const el = await setup({
      transport: 'google-forms',
      action: mock({ body: '', type: 'text/html', log }, '/book'),
      'field-map': 'name=entry.1 email=entry.2 when=entry.3 start=entry.4 bogus',
    });
    const warnings = captureWarnings();
    try {
      await toReview(el);
      $(el, '.send').click();
      await oneEvent(el, 'appointment-sent');
    } finally {
      warnings.restore();
    }
    const [request] = await received(log);
    expect(request.headers['content-type']).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    expect(Object.fromEntries(new URLSearchParams(request.body))).to.deep.equal({
      'entry.1': 'Asha Verma',
      'entry.2': 'asha@example.com',
      'entry.3': 'Tuesday, March 3, 2026 at 6:00 PM GMT+5:30',
      'entry.4': '2026-03-03T12:30:00.000Z',
    });
    expect(warnings.messages[0]).to.match(/^\[book-appointment\] attribute "field-map": could not read "bogus"/);
  });

  it("reads field-map pairs written name:target, comma-separated, like subscribe-form's", async () => {
    const log = logKey('book-gform-colon');
    const el = await setup({
      transport: 'google-forms',
      action: mock({ body: '', type: 'text/html', log }, '/book'),
      'field-map': 'name:entry.1, email:entry.2',
    });
    await toReview(el);
    $(el, '.send').click();
    await oneEvent(el, 'appointment-sent');
    const [request] = await received(log);
    expect(Object.fromEntries(new URLSearchParams(request.body))).to.deep.equal({
      'entry.1': 'Asha Verma',
      'entry.2': 'asha@example.com',
    });
  });

  it('hides times that busy-src says are taken', async () => {
    const el = await setup({ 'busy-src': mock({ file: 'booking~busy.json' }, '/book') });
    await waitUntil(
      () => !root(el).querySelector('.status')?.textContent?.includes('Checking'),
      'busy times not loaded',
    );
    await el.updateComplete;
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    expect(times(el)).to.deep.equal(['8:30 AM']);
    expect($(el, 'td[data-date="2026-03-04"]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('loads busy-src once for several widgets on the page', async () => {
    const log = logKey('busy-shared');
    const src = mock({ file: 'booking~busy.json', delay: 100, log }, '/book');
    const [a, b] = await Promise.all([setup({ 'busy-src': src }), setup({ 'busy-src': src })]);
    for (const el of [a, b]) {
      await waitUntil(
        () => !root(el).querySelector('.status')?.textContent?.includes('Checking'),
        'busy times not loaded',
      );
      await el.updateComplete;
      expect($(el, 'td[data-date="2026-03-04"]').getAttribute('aria-disabled')).to.equal('true');
    }
    expect(await received(log)).to.have.length(1);
  });

  it('says so when busy-src fails, keeps the calendar and can retry', async () => {
    const warnings = captureWarnings();
    try {
      const el = await setup({ 'busy-src': mock({ status: 500, body: '' }, '/book') });
      await waitUntil(() => root(el).querySelector('.busy-error'), 'no error shown');
      expect(text($(el, '.busy-error'))).to.equal(
        'Could not check which times are already taken; some times shown may be booked. Try again',
      );
      expect($$(el, 'td[aria-disabled=false]').length).to.be.greaterThan(0);
    } finally {
      warnings.restore();
    }
  });

  it('opens in a modal dialog with focus trapped inside and restored on close', async () => {
    const el = await setup({ layout: 'button', 'button-label': 'Book a session' });
    const open = $(el, '[part=open]');
    expect(text(open)).to.equal('Book a session');
    await expect(el).to.be.accessible();
    open.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(focused(el)).to.equal($(el, '#dialog-title'));
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    await expect(el).to.be.accessible();
    // Tab cycles within the dialog: the page behind is inert.
    const seen = new Set<Element | null>();
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      seen.add(document.activeElement === el ? focused(el) : document.activeElement);
    }
    for (const node of seen) expect(node && dialog.contains(node)).to.equal(true);
    await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
    await clickAndWait(el, $$(el, '.times button')[0]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(focused(el)).to.equal(open);
    // Reopening keeps the step reached.
    open.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Your details');
    $(el, 'button.close').click();
    expect(dialog.open).to.equal(false);
    expect(focused(el)).to.equal(open);
  });

  it("keeps Shift+Tab from the dialog's title inside the dialog", async () => {
    const el = await setup({ layout: 'button' });
    $(el, '[part=open]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(focused(el) === $(el, '#dialog-title'), 'title focused').to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const now = focused(el);
    expect(
      Boolean(now && dialog.contains(now)),
      `focus inside the dialog (on ${now?.outerHTML.slice(0, 60)})`,
    ).to.equal(true);
    el.close();
  });

  it("show() called from the owner's own button gives focus back to that button on close, also when ours is hidden", async () => {
    for (const hidden of [false, true]) {
      const el = await setup({ layout: 'button' });
      const style = document.createElement('style');
      style.textContent = 'book-appointment.hide-open::part(open) { display: none; }';
      document.head.append(style);
      el.classList.toggle('hide-open', hidden);
      const mine = document.createElement('button');
      mine.textContent = 'Book with me';
      el.parentElement!.append(mine);
      try {
        mine.focus();
        el.show();
        await el.updateComplete;
        expect(focused(el) === $(el, '#dialog-title'), 'title focused').to.equal(true);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
        expect(document.activeElement === mine, `focus back on the owner's button (ours hidden: ${hidden})`).to.equal(
          true,
        );
      } finally {
        style.remove();
        mine.remove();
      }
    }
  });

  describe('day states', () => {
    /** What tells a day apart, as computed. */
    const look = (td: HTMLElement) => {
      const cs = getComputedStyle(td);
      const outline =
        cs.outlineStyle === 'none' || cs.outlineWidth === '0px' ? 'none' : `${cs.outlineStyle} ${cs.outlineColor}`;
      return [
        cs.backgroundColor,
        cs.color,
        cs.boxShadow,
        outline,
        cs.textDecorationLine,
        cs.fontWeight,
        `${cs.borderTopStyle} ${cs.borderTopColor}`,
      ].join(' | ');
    };
    /** [r, g, b, alpha], channels 0-1. */
    const channels = (color: string): number[] => {
      const rgb = /rgba?\(([^)]+)\)/.exec(color);
      if (rgb) {
        const [r, g, b, a = 1] = rgb[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r / 255, g / 255, b / 255, a];
      }
      const srgb = /color\(srgb ([^)]+)\)/.exec(color);
      if (srgb) {
        const [r, g, b, a = 1] = srgb[1]
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a];
      }
      throw new Error(`cannot read the colour ${color}`);
    };
    /** The colour a see-through `color` shows over `under` (opaque). */
    const over = (color: number[], under: number[]) =>
      color
        .slice(0, 3)
        .map((c, i) => c * color[3] + under[i] * (1 - color[3]))
        .concat(1);
    /** What is behind `node`: the first opaque background up the tree (white at the top). */
    const behind = (node: Element | null): number[] => {
      const layers: number[][] = [];
      for (let n = node; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
        const c = channels(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((under, layer) => over(layer, under), [1, 1, 1, 1]);
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    /** Contrast of a cell's text with what its background shows, see-through layers composited. */
    const contrast = (td: HTMLElement) => {
      const background = behind(td);
      const text = over(channels(getComputedStyle(td).color), background);
      const [x, y] = [luminance(text), luminance(background)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };

    async function days(el: BookAppointment) {
      await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
      $(el, 'td[data-date="2026-03-03"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.dataset.date).to.equal('2026-03-04');
      const today = $(el, 'td.today');
      expect(today.dataset.date).to.not.be.oneOf(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-07']);
      return {
        free: $(el, 'td[data-date="2026-03-05"]'),
        selected: $(el, 'td[data-date="2026-03-03"]'),
        focused: $(el, 'td[data-date="2026-03-04"]'),
        today,
        disabled: $(el, 'td[data-date="2026-03-07"]'),
      };
    }

    for (const mode of ['light', 'dark', 'forced colours'] as const) {
      it(`tells selected, focused, today, disabled and free days apart (${mode}); the chosen day is readable`, async () => {
        if (mode === 'forced colours') await forcedColors(true);
        try {
          const el = await setup();
          if (mode === 'dark')
            Object.assign(el.parentElement!.style, { background: '#121212', color: '#e8e8e8', colorScheme: 'dark' });
          const cells = await days(el);
          const looks = Object.entries(cells).map(([name, td]) => [name, look(td)] as const);
          for (const [a, lookA] of looks) {
            for (const [b, lookB] of looks)
              if (a < b) expect(lookA, `${a} and ${b} look the same (${mode}): ${lookA}`).to.not.equal(lookB);
          }
          expect(contrast(cells.selected), `chosen day: ${look(cells.selected)}`).to.be.at.least(4.5);
        } finally {
          if (mode === 'forced colours') await forcedColors(false);
        }
      });
    }
  });

  it('warns about unreadable hours, closed dates and a missing zone, and uses the rest', async () => {
    const warnings = captureWarnings();
    try {
      const el = await setup({
        hours: 'mon-fri 18:00-20:00; sat 22:00-02:00; sundy 10-12',
        closed: '2026-03-03 someday',
      });
      el.removeAttribute('timezone');
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '[book-appointment] attribute "hours": could not read "sat 22:00-02:00": "22:00-02:00" crosses midnight or is empty; split it into two days; using the other parts',
        '[book-appointment] attribute "hours": could not read "sundy 10-12": "sundy" is not a day; using the other parts',
        '[book-appointment] attribute "closed": could not read "someday": not a date like 2026-12-25 or a range like 2026-12-30..2027-01-02; using the other dates',
        '[book-appointment] attribute "timezone": missing (the practice’s IANA time zone, like Asia/Kolkata); using the visitor\'s zone, America/New_York',
      ]);
      // Now New York hours: 18:00 New York on Wednesday 4 March (3 March is closed).
      expect($(el, 'td[data-date="2026-03-03"]').getAttribute('aria-disabled')).to.equal('true');
      await clickAndWait(el, $(el, 'td[data-date="2026-03-04"]'));
      expect(times(el)).to.deep.equal(['6:00 PM', '7:00 PM']);
      expect(root(el).querySelector('.zone-switch')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('says so when no part of the hours can be read, instead of "using the other parts"', async () => {
    const warnings = captureWarnings();
    try {
      const el = await setup({ hours: 'weekdays 10-6; lunch' });
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '[book-appointment] attribute "hours": could not read "weekdays 10-6": "weekdays" is not a day; using no hours (no day can be booked)',
        '[book-appointment] attribute "hours": could not read "lunch": no times after the days; using no hours (no day can be booked)',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('says "Booked" when confirm="instant"', async () => {
    const el = await setup({ action: mock({ body: '{}' }, '/book'), confirm: 'instant' });
    await toReview(el);
    expect(text($(el, '.send'))).to.equal('Book');
    $(el, '.send').click();
    await oneEvent(el, 'appointment-sent');
    await el.updateComplete;
    expect(heading(el)).to.equal('Booked');
    expect(text($(el, '.next-steps'))).to.equal(
      'Your appointment is booked. Add it to your calendar so you do not miss it.',
    );
    const ics = await (await fetch($<HTMLAnchorElement>(el, 'a.ics').href)).text();
    expect(ics).to.contain('\r\nSTATUS:CONFIRMED\r\n');
  });

  it('tells the visitor and the owner when there is nowhere to send', async () => {
    const warnings = captureWarnings();
    try {
      const el = await setup({ transport: 'whatsapp', whatsapp: 'call me' });
      await toReview(el);
      const failed = oneEvent(el, 'appointment-error');
      $(el, '.send').click();
      expect((await failed).detail.kind).to.equal('setup');
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.equal(
        'This booking form is not set up yet. Please get in touch another way.',
      );
      expect(warnings.messages).to.deep.equal([
        '[book-appointment] attribute "whatsapp": "call me" is not a phone number with country code; using nowhere to send',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('reads right to left in Urdu: the arrows follow the direction of the week', async () => {
    const el = await setup({ lang: 'ur' });
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    expect(heading(el)).to.equal('تاریخ اور وقت منتخب کریں');
    $(el, 'td[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)?.dataset.date).to.equal('2026-03-04');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.date).to.equal('2026-03-03');
    await expect(el).to.be.accessible();
  });

  it('on the real clock, drops a chosen time that has fallen inside the notice period', async () => {
    const realNow = Date.now;
    let clock = Date.parse('2026-03-03T09:05:00Z');
    Date.now = () => clock;
    try {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('book-appointment');
      for (const [k, v] of Object.entries({
        timezone: 'UTC',
        'visitor-timezone': 'UTC',
        hours: 'mon-sun 09:00-18:00',
        notice: '1h',
      }))
        el.setAttribute(k, v);
      wrapper.append(el);
      await el.updateComplete;
      await clickAndWait(el, $(el, 'td[data-date="2026-03-03"]'));
      expect(times(el)[0]).to.equal('11:00 AM'); // 10:00 is 55 minutes away
      await clickAndWait(el, $$(el, '.times button')[0]);
      await fillDetails(el, { name: 'Asha', email: 'asha@example.com' });
      clock = Date.parse('2026-03-03T10:01:00Z'); // the page was left open for an hour
      await clickAndWait(el, $(el, 'form button[type=submit]'));
      expect(heading(el)).to.equal('Choose a date and time');
      expect(times(el)[0]).to.equal('12:00 PM');
      await clickAndWait(el, $$(el, '.times button')[0]);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Asha');
    } finally {
      Date.now = realNow;
    }
  });

  it('says when there are no free times', async () => {
    const el = await setup({ hours: 'sat 10:00-11:00', closed: '2026-03-01..2026-03-31' });
    expect(text($(el, '.empty'))).to.equal('No free times in the next 14 days. Please get in touch another way.');
    await expect(el).to.be.accessible();
  });
});

/** Presses Tab until `match` is focused (at most `max` times). */
async function tabTo(el: BookAppointment, match: (node: HTMLElement) => boolean, max = 12) {
  for (let i = 0; i < max; i += 1) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && match(node)) return node;
  }
  throw new Error(`not reached by Tab; focus is on ${focused(el)?.outerHTML.slice(0, 80)}`);
}

/** The whole flow by keyboard alone, axe at every step. Returns the request the endpoint received. */
async function keyboardFlow(el: BookAppointment, log: string) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await tabTo(el, (node) => node.dataset.date !== undefined);
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'ArrowLeft' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await expect(el).to.be.accessible();
  await tabTo(el, (node) => node.closest('.times') !== null);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(focused(el)).to.equal($(el, '.step'));
  await expect(el).to.be.accessible();
  await tabTo(el, (node) => node.id === 'f-name');
  await sendKeys({ type: 'Asha Verma' });
  await tabTo(el, (node) => node.id === 'f-email');
  await sendKeys({ type: 'asha@example.com' });
  await tabTo(el, (node) => node.id === 'f-consent');
  await sendKeys({ press: 'Space' });
  await tabTo(el, (node) => node.matches('button[type=submit]'));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(focused(el)).to.equal($(el, '.step'));
  await expect(el).to.be.accessible();
  await tabTo(el, (node) => node.classList.contains('send'));
  const sent = oneEvent(el, 'appointment-sent');
  await sendKeys({ press: 'Enter' });
  await sent;
  await el.updateComplete;
  expect(focused(el)).to.equal($(el, '.step'));
  await expect(el).to.be.accessible();
  before.remove();
  return JSON.parse((await received(log))[0].body);
}

/** The whole flow by mouse, axe at every step. */
async function mouseFlow(el: BookAppointment, log: string) {
  await clickAndWait(el, $(el, 'td[aria-disabled=false]'));
  await expect(el).to.be.accessible();
  await clickAndWait(el, $$(el, '.times button')[0]);
  await expect(el).to.be.accessible();
  await fillDetails(el, { name: 'Asha Verma', email: 'asha@example.com' });
  await clickAndWait(el, $(el, 'form button[type=submit]'));
  await expect(el).to.be.accessible();
  const sent = oneEvent(el, 'appointment-sent');
  $(el, '.send').click();
  await sent;
  await el.updateComplete;
  await expect(el).to.be.accessible();
  return JSON.parse((await received(log))[0].body);
}

const DONE: Record<string, string> = { en: 'Request sent', hi: 'अनुरोध भेज दिया गया' };

describe('<book-appointment> whole flow', () => {
  for (const lang of ['en', 'hi']) {
    for (const width of [320, 1200]) {
      for (const input of ['keyboard', 'mouse'] as const) {
        it(`by ${input}, in ${lang === 'en' ? 'English' : 'Hindi'}, at ${width} px`, async () => {
          await setViewport({ width: Math.max(width + 80, 400), height: 900 });
          document.documentElement.lang = lang;
          try {
            const log = logKey(`flow-${lang}-${width}-${input}`);
            const el = await setup({ action: mock({ body: '{}', log }, '/book') }, width);
            expect(el.getBoundingClientRect().width).to.equal(width);
            const body = input === 'keyboard' ? await keyboardFlow(el, log) : await mouseFlow(el, log);
            expect(heading(el)).to.equal(DONE[lang]);
            expect([body.start, body.name, body.email]).to.deep.equal([
              '2026-03-03T12:30:00.000Z',
              'Asha Verma',
              'asha@example.com',
            ]);
            const right = el.getBoundingClientRect().right;
            for (const node of $$(el, '.root *')) expect(node.getBoundingClientRect().right).to.be.at.most(right + 1);
          } finally {
            document.documentElement.lang = 'en';
            await setViewport({ width: 800, height: 600 });
          }
        });
      }
    }
  }
});
