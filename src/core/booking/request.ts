/**
 * A booking request, pure: what the visitor typed (`Entry`), its checks, the `AppointmentRequest` built from it, and
 * its encodings for each way of sending it: a wa.me address, a mailto address, Google Form entries. No rendering, no
 * strings (errors are string keys), no clock; the page address is given.
 */
import { isEmail, parseFieldMap } from '../forms/fields.js';
import type { BookingContact, BookingField, BookingMode } from './options.js';
import type { Slot } from './slots.js';

export * from './options.js';

/** What the visitor asks for: the body an `endpoint` receives and the `detail` of `appointment-request`. */
export interface AppointmentRequest {
  /** A random id, the same for every retry of this request: the idempotency key (also sent as the `Idempotency-Key` header to an `endpoint`). */
  requestId: string;
  /** Start, ISO 8601 in UTC. */
  start: string;
  /** End, ISO 8601 in UTC. */
  end: string;
  /** The practice's zone. */
  timezone: string;
  /** The visitor's zone. */
  visitorTimezone: string;
  mode: BookingMode;
  name: string;
  email: string;
  phone: string;
  /** The optional fields the owner asked for. */
  fields: { age?: string; concern?: string; firstVisit?: boolean };
  /** The page the request came from, without tracking parameters. */
  page: string;
}

/** What the visitor typed in the details form (kept as typed; trimmed when the request is built). */
export interface Entry {
  name: string;
  email: string;
  phone: string;
  mode: BookingMode;
  age: string;
  concern: string;
  firstVisit: boolean;
  consent: boolean;
}

/** The fields that can be wrong, in the form's order (focus goes to the first wrong one). */
export const CHECKED = ['name', 'email', 'phone', 'age', 'consent'] as const;
export type CheckedField = (typeof CHECKED)[number];

/** Why a field is wrong: the key of the string that says so. */
export type EntryError =
  | 'booking.errorName'
  | 'booking.errorEmail'
  | 'booking.errorPhone'
  | 'booking.errorContact'
  | 'booking.errorAge'
  | 'booking.errorConsent';

/** What the owner asks for, from the widget's attributes. */
export interface RequestSettings {
  contact: BookingContact;
  fields: readonly BookingField[];
  modes: readonly BookingMode[];
}

/** The longest values a field takes: the same as the Apps Script backend's (integrations/google-apps-script/booking.gs, LIMITS). */
export const MAX_LENGTH = { name: 200, email: 254, phone: 40, age: 3, concern: 2000 } as const;

export const EMPTY_ENTRY: Entry = {
  name: '',
  email: '',
  phone: '',
  mode: 'online',
  age: '',
  concern: '',
  firstVisit: false,
  consent: false,
};

/** The digits of a phone number. */
export const digits = (text: string): string => text.replace(/\D/g, '');

const isPhone = (text: string) => digits(text).length >= 7 && /^[+\d\s().-]+$/.test(text.trim());

/** Whether the form asks for an email address, and for a phone number. */
export const asksEmail = (contact: BookingContact): boolean => contact !== 'phone';
export const asksPhone = (contact: BookingContact): boolean => contact !== 'email';

/** Whether the field must be filled in (`either`: one of email and phone, which neither marks as required). */
export function isRequired(name: 'name' | 'email' | 'phone' | 'age', contact: BookingContact): boolean {
  return (
    name === 'name' ||
    (name === 'email' && (contact === 'email' || contact === 'both')) ||
    (name === 'phone' && (contact === 'phone' || contact === 'both'))
  );
}

/** What is wrong with the entry, field by field; empty when it can be sent. */
export function validateEntry(
  entry: Entry,
  settings: Pick<RequestSettings, 'contact' | 'fields'>,
): Partial<Record<CheckedField, EntryError>> {
  const errors: Partial<Record<CheckedField, EntryError>> = {};
  const { contact } = settings;
  const email = entry.email.trim();
  const phone = entry.phone.trim();
  if (!entry.name.trim()) errors.name = 'booking.errorName';
  const emailOk = isEmail(email);
  const phoneOk = isPhone(phone);
  if ((contact === 'email' || contact === 'both') && !emailOk) errors.email = 'booking.errorEmail';
  if ((contact === 'phone' || contact === 'both') && !phoneOk) errors.phone = 'booking.errorPhone';
  if (contact === 'either') {
    if (!email && !phone) errors.email = 'booking.errorContact';
    else if (email && !emailOk) errors.email = 'booking.errorEmail';
    else if (phone && !phoneOk) errors.phone = 'booking.errorPhone';
  }
  if (settings.fields.includes('age') && entry.age.trim() && !/^\d{1,3}$/.test(entry.age.trim()))
    errors.age = 'booking.errorAge';
  if (!entry.consent) errors.consent = 'booking.errorConsent';
  return errors;
}

/** The mode chosen, or the first offered when the choice is no longer offered. */
export function chosenMode(entry: Entry, modes: readonly BookingMode[]): BookingMode {
  return modes.includes(entry.mode) ? entry.mode : modes[0];
}

/** The request for `slot` as the entry stands (without its id, which the sender keeps across retries). */
export function buildRequest(
  entry: Entry,
  settings: RequestSettings,
  at: { slot: Slot; timezone: string; visitorTimezone: string; page: string },
): Omit<AppointmentRequest, 'requestId'> {
  const fields: AppointmentRequest['fields'] = {};
  if (settings.fields.includes('age') && entry.age.trim()) fields.age = entry.age.trim();
  if (settings.fields.includes('concern') && entry.concern.trim()) fields.concern = entry.concern.trim();
  if (settings.fields.includes('first-visit')) fields.firstVisit = entry.firstVisit;
  return {
    start: new Date(at.slot.start).toISOString(),
    end: new Date(at.slot.end).toISOString(),
    timezone: at.timezone,
    visitorTimezone: at.visitorTimezone,
    mode: chosenMode(entry, settings.modes),
    name: entry.name.trim(),
    email: asksEmail(settings.contact) ? entry.email.trim() : '',
    phone: asksPhone(settings.contact) ? entry.phone.trim() : '',
    fields,
    page: at.page,
  };
}

/** The wa.me address that opens a chat with `number` (with country code) and `text` typed; undefined when `number` has fewer than 7 digits. */
export function whatsappUrl(number: string, text: string): string | undefined {
  const d = digits(number);
  return d.length < 7 ? undefined : `https://wa.me/${d}?text=${encodeURIComponent(text)}`;
}

/** The mailto address of a message to `to`; undefined when `to` is not an email address. */
export function mailtoUrl(to: string, subject: string, body: string): string | undefined {
  const address = to.trim();
  if (!isEmail(address)) return undefined;
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The names `field-map` maps to Google Form entries. */
export const MAP_KEYS = [
  'request-id',
  'start',
  'end',
  'when',
  'timezone',
  'visitorTimezone',
  'mode',
  'name',
  'email',
  'phone',
  'age',
  'concern',
  'first-visit',
  'page',
] as const;
export type MapKey = (typeof MAP_KEYS)[number];

/**
 * The request as Google Form entries through `field-map` (`name=entry.111 …`): entry id to value. `when` is the
 * start as the practice reads it. The pairs that could not be read are returned in `skipped`.
 */
export function googleFormFields(
  request: AppointmentRequest,
  when: string,
  fieldMap: string,
): { fields: Record<string, string>; skipped: string[] } {
  const values: Record<MapKey, string> = {
    'request-id': request.requestId,
    start: request.start,
    end: request.end,
    when,
    timezone: request.timezone,
    visitorTimezone: request.visitorTimezone,
    mode: request.mode,
    name: request.name,
    email: request.email,
    phone: request.phone,
    age: request.fields.age ?? '',
    concern: request.fields.concern ?? '',
    'first-visit': request.fields.firstVisit === undefined ? '' : request.fields.firstVisit ? 'yes' : 'no',
    page: request.page,
  };
  const fields: Record<string, string> = {};
  const { map, skipped } = parseFieldMap(fieldMap, MAP_KEYS);
  for (const [key, entry] of Object.entries(map) as [MapKey, string][]) fields[entry] = values[key];
  return { fields, skipped };
}
