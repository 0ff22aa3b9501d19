/**
 * Words the later steps of <book-appointment> share (details, review, done, and the messages they send): the chosen
 * time as a sentence, the label of a mode, the title of the event. Plain functions of what they are given.
 */
import { formatWithTime } from '../../core/bidi.js';
import type { BookingMode } from '../../core/booking/request.js';
import type { StringKey } from '../../core/i18n/index.js';
import type { BookingSettings, StepsView } from './types.js';

/** The label of each mode (typed keys: a missing string fails to compile). */
const MODE_LABELS = {
  online: 'booking.mode.online',
  'in-person': 'booking.mode.in-person',
  phone: 'booking.mode.phone',
} as const satisfies Record<BookingMode, StringKey>;

/** "Monday, 9 March 2026, 09:30 IST": `instant` in `zone`, in the widget's language. */
export function formatWhen(v: StepsView, instant: number, zone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  return formatWithTime(new Date(instant), v.language, options, v.dir);
}

export function modeLabel(t: StepsView['t'], mode: BookingMode): string {
  return t(MODE_LABELS[mode]);
}

/** Title of the calendar event and email subject. */
export function eventName(settings: BookingSettings, t: StepsView['t']): string {
  const { eventTitle, discreet, practitioner } = settings;
  if (eventTitle) return eventTitle;
  if (!discreet && practitioner) return t('booking.eventWith', { who: practitioner });
  return t('booking.eventTitle');
}
