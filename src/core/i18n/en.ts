import type { Message } from './types.js';

/**
 * English, the reference table: every other language must have every key (a test checks).
 * Placeholders are `{name}`; plural messages pick a form from `Intl.PluralRules` for `{count}`.
 * Sections are per widget so that each widget's keys stay together.
 */
export const en = {
  // common
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error': 'Could not load. Check your connection and try again.',
  'common.opensInNewTab': '(opens in a new tab)',

  // share-buttons
  'share.heading': 'Share:',
  'share.native': 'Share…',
  'share.nativeLabel': 'Share using your device',
  'share.on': 'Share on {network}',
  'share.email': 'Email',
  'share.emailLabel': 'Share by email',
  'share.copy': 'Copy link',
  'share.copyLabel': 'Copy link to this page',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy. Select the address and copy it yourself.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'Get in touch',
  'author.about': 'About the author',

  // popular-posts, featured-post

  // blog-search

  // subscribe-form

  // book-appointment
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
  'booking.chosen': 'Chosen time: {time}',
  'booking.name': 'Name',
  'booking.email': 'Email',
  'booking.phone': 'Phone (with country code)',
  'booking.eitherHint': 'An email address or a phone number, whichever you prefer.',
  'booking.mode': 'How would you like to meet?',
  'booking.mode.online': 'Online (video)',
  'booking.mode.in-person': 'In person',
  'booking.mode.phone': 'By phone',
  'booking.age': 'Age (optional)',
  'booking.concern': 'What would you like help with? (optional)',
  'booking.concernHint': 'Only if you wish. It goes to the practice only, never into a link or calendar file.',
  'booking.firstVisit': 'This is my first session',
  'booking.consentDefault': 'I agree that my details are sent to the practice to arrange this appointment.',
  'booking.privacy': 'Privacy policy',
  'booking.errorName': 'Enter your name.',
  'booking.errorEmail': 'Enter an email address like name@example.com.',
  'booking.errorPhone': 'Enter a phone number, with its country code, like +91 98765 43210.',
  'booking.errorContact': 'Enter an email address or a phone number.',
  'booking.errorAge': 'Enter an age as a number, or leave it empty.',
  'booking.errorConsent': 'Tick the box to agree, so that your request can be sent.',
  'booking.back': 'Back',
  'booking.review': 'Review',
  'booking.stepReview': 'Check and send',
  'booking.when': 'When',
  'booking.practiceTime': 'Practice’s time',
  'booking.yes': 'Yes',
  'booking.send': 'Send request',
  'booking.sendInstant': 'Book',
  'booking.sendWhatsapp': 'Send on WhatsApp',
  'booking.sendEmail': 'Write the email',
  'booking.sending': 'Sending…',
  'booking.offline': 'You are offline. Your request will be sent as soon as the connection returns.',
  'booking.retry': 'Try again',
  'booking.errorTimeout': 'The practice did not answer in time. Nothing was lost: try again.',
  'booking.errorNetwork': 'Could not reach the practice. Check your connection; nothing was lost: try again.',
  'booking.errorHttp': 'The request was not accepted (error {status}). Nothing was lost: try again.',
  'booking.errorServer': 'The request was not accepted: {message}',
  'booking.errorSetup': 'This booking form is not set up yet. Please get in touch another way.',
  'booking.doneRequest': 'Request sent',
  'booking.doneInstant': 'Booked',
  'booking.doneWhatsapp': 'Your WhatsApp message is ready',
  'booking.doneEmail': 'Your email is ready',
  'booking.nextRequestEmail': '{who} will confirm by email.',
  'booking.nextRequestPhone': '{who} will confirm by phone.',
  'booking.nextRequestEmailAnon': 'You will get a confirmation by email.',
  'booking.nextRequestPhoneAnon': 'You will get a confirmation by phone.',
  'booking.nextInstant': 'Your appointment is booked. Add it to your calendar so you do not miss it.',
  'booking.nextWhatsapp': 'Press Send in WhatsApp to request this time. The time is confirmed only when you get a reply.',
  'booking.nextEmail': 'Send the email from your email app to request this time. The time is confirmed only when you get a reply.',
  'booking.addIcs': 'Add to calendar (.ics)',
  'booking.addGoogle': 'Add to Google Calendar',
  'booking.again': 'Book another time',
  'booking.eventTitle': 'Appointment',
  'booking.eventWith': 'Appointment with {who}',
  'booking.messageText': 'Hello, I would like to request an appointment on {when}. Name: {name}.',
  'booking.messageMode': 'Mode: {mode}.',
  'booking.messageContact': 'Contact: {contact}.',

  // translate-toggle
} satisfies Record<string, Message>;

export type StringKey = keyof typeof en;
/** A complete string table. */
export type Strings = Record<StringKey, Message>;
