/**
 * The confirmation's add-to-calendar links for a request that went out: an .ics file (as a blob: address) and a
 * Google Calendar address. The event says only `title` (discreet by default), never the reason for the visit.
 */
import { buildIcs, googleCalendarUrl } from '../../core/booking/ics.js';
import type { AppointmentRequest } from '../../core/booking/request.js';

/** `confirmed`: the slot is booked (instant confirmation by an endpoint), else the event is tentative. `stamp`: now. */
export function calendarLinks(
  request: AppointmentRequest,
  title: string,
  stamp: number,
  confirmed: boolean,
): { icsHref: string; googleHref: string } {
  const start = Date.parse(request.start);
  const end = Date.parse(request.end);
  const host = location.hostname || 'blog-widgets';
  const uid = `${globalThis.crypto?.randomUUID?.() ?? `${start}-${Math.random().toString(36).slice(2)}`}@${host}`;
  const ics = buildIcs({ uid, start, end, stamp, summary: title, status: confirmed ? 'CONFIRMED' : 'TENTATIVE' });
  return {
    icsHref: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })),
    googleHref: googleCalendarUrl({ start, end, title }),
  };
}
