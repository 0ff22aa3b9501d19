/** The booking engine: hours, closed dates, time zones, slots, calendar files. No rendering here. */
export * from './zones.js';
export * from './hours.js';
export * from './closed.js';
export * from './slots.js';
export * from './ics.js';
