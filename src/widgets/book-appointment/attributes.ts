/**
 * <book-appointment>'s attributes: the owner's settings, each read leniently (a bad value warns once and falls back).
 * The widget (book-appointment.ts) extends this class; its later steps read these as `BookingSettings`.
 */
import type { PropertyDeclarations } from 'lit';
import { boolean, duration, integer, list, oneOf } from '../../core/attributes.js';
import { BlogWidget } from '../../core/base.js';
import { Words } from '../../core/warn.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../core/heading.js';
import { CONFIRMS, CONTACTS, FIELDS, LAYOUTS, MODES, TRANSPORTS } from '../../core/booking/options.js';
import type {
  BookingConfirm,
  BookingContact,
  BookingField,
  BookingLayout,
  BookingMode,
  BookingTransport,
} from '../../core/booking/options.js';

/** The attributes of <book-appointment> (see BookAppointment). */
export class BookingAttributes extends BlogWidget {
  /** Lit's reactive properties (one per attribute below; written here rather than as decorators: fewer bytes). */
  static override properties: PropertyDeclarations = {
    timezone: {},
    hours: {},
    duration: { converter: integer(50, 5, 720) },
    buffer: { converter: integer(10, 0, 720) },
    notice: { converter: duration(86_400_000) },
    horizon: { converter: integer(30, 1, 366) },
    closed: {},
    busySrc: { attribute: 'busy-src' },
    contact: { converter: oneOf(CONTACTS, 'email') },
    modes: { converter: list<BookingMode>(['online'], MODES) },
    fields: { converter: list<BookingField>([], FIELDS) },
    consent: {},
    privacyHref: { attribute: 'privacy-href' },
    crisisNote: { attribute: 'crisis-note' },
    confirm: { converter: oneOf(CONFIRMS, 'request') },
    practitioner: {},
    layout: { reflect: true, converter: oneOf(LAYOUTS, 'inline') },
    headingLevel: { attribute: 'heading-level', converter: headingLevel },
    buttonLabel: { attribute: 'button-label' },
    transport: { converter: oneOf(TRANSPORTS, 'endpoint') },
    action: {},
    whatsapp: {},
    email: {},
    fieldMap: { attribute: 'field-map' },
    discreet: { converter: boolean },
    eventTitle: { attribute: 'event-title' },
    timeout: { converter: duration(20_000) },
    upi: {},
    fee: {},
    upiName: { attribute: 'upi-name' },
    visitorTimezone: { attribute: 'visitor-timezone' },
    now: { attribute: false },
  };

  /** The practice's IANA time zone, e.g. `Asia/Kolkata`. Missing or unknown: the visitor's zone (with a warning). */
  timezone = '';

  /** Weekly hours: `mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00` (see the README for the syntax). */
  hours = 'mon-fri 10:00-13:00 14:00-18:00';

  /** Session length in minutes. */
  duration = 50;

  /** Minutes kept free after each session. */
  buffer = 10;

  /** Minimum notice before a session can start: `24h`, `90m`, `2d` (the property is in milliseconds). */
  notice: number = 86_400_000;

  /** How many days ahead can be booked. */
  horizon = 30;

  /** Dates without sessions, in the practice's calendar: `2026-12-25 2026-12-30..2027-01-02`. */
  closed = '';

  /** Optional URL answering JSON `[{ "start": ISO, "end": ISO }]` of taken times, which are hidden (one request per page and minute; it needs CORS when on another site). */
  busySrc = '';

  /** Which contact details to ask for: `email`, `phone`, `either` (one of them) or `both`. */
  contact: BookingContact = 'email';

  /** Session modes offered, space-separated: `online in-person phone`. */
  modes: BookingMode[] = ['online'];

  /** Optional extra fields: `age`, `concern`, `first-visit`. */
  fields: BookingField[] = [];

  /** Text of the required consent checkbox. Default: a sentence in the visitor's language. */
  consent = '';

  /** Address of the privacy policy, linked next to the consent checkbox. */
  privacyHref = '';

  /** An always-visible line for people in crisis, e.g. "This form is not for emergencies. In India call Tele-MANAS 14416". */
  crisisNote = '';

  /** `request` (the owner confirms later) or `instant` (the slot is booked). */
  confirm: BookingConfirm = 'request';

  /** The practitioner's name, used in "Dr … will confirm by email". */
  practitioner = '';

  /** `inline` (default) or `button`: a button that opens the booking in a modal dialog. */
  layout: BookingLayout = 'inline';

  /**
   * Level of the widget's top heading (1-6): the step's heading, or the dialog's title with `layout="button"`;
   * the headings under it are one level below. Default 4: under a Blogger gadget's `h3` title.
   */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Label of the button that opens the dialog. Default: "Book an appointment". */
  buttonLabel = '';

  /** Where the request goes: `endpoint` (a JSON POST to the owner's endpoint, given in action), `apps-script` (the owner's own Google Calendar and Sheet, through her Apps Script web app given in action, which also answers the busy times), `whatsapp`, `mailto` or `google-forms`. */
  transport: BookingTransport = 'endpoint';

  /** The endpoint URL (`endpoint`), the web app's `/exec` URL (`apps-script`) or the Google Form's `formResponse` URL (`google-forms`). */
  action = '';

  /** WhatsApp number with country code (`whatsapp` transport), e.g. `+91 98765 43210`. */
  whatsapp = '';

  /** The owner's email address (`mailto` transport). */
  email = '';

  /** Google Form entry ids as `name=target` pairs: `name=entry.111 email=entry.222 when=entry.333` (`name:entry.111` is read the same; keys: request-id start end when timezone visitorTimezone mode name email phone age concern first-visit page). */
  fieldMap = '';

  /** On by default: calendar files, WhatsApp text and email subjects say only "Appointment" (or `event-title`). `discreet="false"` names the practitioner. */
  discreet = true;

  /** Title of the calendar event and email subject. Default: "Appointment". */
  eventTitle = '';

  /** How long to wait for the endpoint or `busy-src`: `20s`, `1m` (the property is in milliseconds). */
  timeout: number = 20_000;

  /** The owner's UPI id (VPA), e.g. `drname@okbank`: with `fee`, the confirmation offers to pay the fee by UPI. */
  upi = '';

  /** The session fee in rupees, e.g. `500` or `499.50` (with `upi`). */
  fee = '';

  /** The payee's name shown by the visitor's UPI app. Default: `practitioner`. */
  upiName = '';

  /** The visitor's IANA time zone. Default: the browser's. */
  visitorTimezone = '';

  /** The present, in epoch milliseconds, for previews and tests. Default: the clock. */
  now?: number;

  /** The UPI settings are checked as soon as they are set (so the owner sees a warning on her own page); the checks load only on pages that set them. */
  protected checkPayment(): void {
    if (!this.upi && !this.fee) return;
    const { upi, fee } = this;
    void import('../../core/booking/upi.js').then(
      ({ paymentProblems }) => {
        for (const p of paymentProblems(upi, fee)) this.warnAttribute(p.attribute, p.why, new Words('no payment step'));
      },
      () => undefined,
    );
  }
}
