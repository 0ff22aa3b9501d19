/**
 * The `Intl` answers only booking asks for, cached in core/i18n/intl.ts's one cache (kept here so that they load with
 * booking, not with every widget).
 */
import { memo } from '../i18n/intl.js';

// The first day of the week is the calendar's (read there); said here too for the callers that know it here.
export { firstDayOfWeek } from './calendar.js';

/** "India Standard Time – Asia/Kolkata": the zone's long name in `lang` (as it reads at `at`) and its IANA id. */
export function zoneName(lang: string, zone: string, at: number): string {
  return memo(`z|${lang}|${zone}`, () => {
    try {
      const part = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
      return part ? `${part} \u2013 ${zone.replace(/_/g, ' ')}` : zone;
    } catch {
      return zone;
    }
  });
}
