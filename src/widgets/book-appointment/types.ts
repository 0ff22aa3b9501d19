/**
 * The types <book-appointment> shares with its later steps and with pages: the `detail` of each event, the steps of
 * the flow, and the settings (the widget's attributes) the later steps read. Types only: nothing here reaches a bundle.
 */
import type { ErrorDetail, ErrorKind } from '../../core/errors.js';
import type { AppointmentRequest, BookingConfirm, BookingContact, BookingField, BookingMode, BookingTransport } from '../../core/booking/request.js';

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
