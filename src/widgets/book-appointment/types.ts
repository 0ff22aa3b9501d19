/**
 * The types <book-appointment> shares with its later steps and with pages: the `detail` of each event, the steps of
 * the flow, and the settings (the widget's attributes) the later steps read. Types only: nothing here reaches a bundle.
 */
import type { ErrorDetail, ErrorKind } from '../../core/errors.js';
import type { Params, StringKey } from '../../core/i18n/index.js';
import type { Slot } from '../../core/booking/slots.js';
import type {
  AppointmentRequest,
  BookingConfirm,
  BookingContact,
  BookingField,
  BookingMode,
  BookingTransport,
} from '../../core/booking/request.js';

/** The steps of the flow. */
export type Step = 'when' | 'details' | 'review' | 'done';

/** `detail` of `appointment-sent`. */
export interface AppointmentSentDetail {
  request: AppointmentRequest;
  transport: BookingTransport;
  /** HTTP status (endpoint, apps-script). */
  status?: number;
  /** The id the server gave the request (`{ ok: true, id }`), when it gave one. */
  id?: string;
  /** The address opened (whatsapp, mailto). */
  url?: string;
}

/** `detail` of `appointment-error`. */
export interface AppointmentErrorDetail extends ErrorDetail {
  request: AppointmentRequest;
  transport: BookingTransport;
  /** `http`, `timeout`, `network`, `cors`, `setup`, `slot-taken` (the visitor is asked to pick another time), `invalid`, `closed`, `server` (see core/errors.ts). */
  kind: ErrorKind;
}

/** `detail` of `appointment-open`: the wa.me or mailto address about to open. */
export interface AppointmentOpenDetail {
  url: string;
  transport: 'whatsapp' | 'mailto';
}

/** The attributes the later steps read (the widget itself is one). */
export interface BookingSettings {
  readonly contact: BookingContact;
  readonly modes: readonly BookingMode[];
  readonly fields: readonly BookingField[];
  readonly consent: string;
  readonly privacyHref: string;
  readonly confirm: BookingConfirm;
  readonly practitioner: string;
  readonly transport: BookingTransport;
  readonly action: string;
  readonly whatsapp: string;
  readonly email: string;
  readonly fieldMap: string;
  readonly discreet: boolean;
  readonly eventTitle: string;
  readonly timeout: number;
  readonly upi: string;
  readonly fee: string;
  readonly upiName: string;
}

/** What the later steps are given at every render: the settings, the chosen time, the zones and the words. */
export interface StepsView {
  readonly settings: BookingSettings;
  /** The time the visitor picked (none before, or once it was taken). */
  readonly chosen: Slot | undefined;
  readonly practiceZone: string;
  readonly visitorZone: string;
  /** The zone times are shown in now. */
  readonly displayZone: string;
  /** The present, epoch milliseconds. */
  readonly clock: number;
  /** The widget's language (for `Intl`) and its direction. */
  readonly language: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: StringKey, params?: Params): string;
}

/** What the later steps ask of the widget (given once, as FeedController's callbacks are). */
export interface StepsCallbacks {
  go(step: Step): void;
  /** Moves focus to the element matching `selector` after the next render. */
  focus(selector: string): void;
  /** Back to the calendar with no time chosen. */
  startOver(): void;
  /** The server says `slot` was taken meanwhile (or is no longer offered): hide it, load busy times again, back to the calendar. */
  slotTaken(slot: Slot, kind: 'slot-taken' | 'closed'): void;
}
