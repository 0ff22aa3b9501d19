import type { Message } from '../types.js';

/** English strings of book-appointment. */
export const enBooking = {
  'booking.heading': 'Book an appointment',
  'booking.open': 'Book an appointment',
  'booking.close': 'Close',
  'booking.loadingBusy': 'Checking which times are free…',
  'booking.busyError': 'Could not check which times are already taken; some times shown may be booked.',
  'booking.timesShownIn': 'Times shown in {zone}.',
  'booking.showPractice': 'Show the practice’s time ({zone})',
  'booking.showMine': 'Show my time ({zone})',
  'booking.stepWhen': 'Choose a date and time',
  'booking.prevMonth': 'Previous month',
  'booking.nextMonth': 'Next month',
  'booking.noTimesDay': '{date}, no free times',
  'booking.calendarHelp': 'Use the arrow keys to move between days, Page Up and Page Down for months, Enter to choose.',
  'booking.timesOn': 'Free times on {date}',
  'booking.timeCount': { one: '{count} free time on {date}', other: '{count} free times on {date}' },
  'booking.pickDate': 'Choose a date to see its free times.',
  'booking.noSlots': 'No free times in the next {count} days. Please get in touch another way.',
  'booking.stepDetails': 'Your details',
  'booking.stepReview': 'Check and send',
} satisfies Record<string, Message>;
