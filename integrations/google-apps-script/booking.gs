/**
 * blog-widgets <book-appointment>: booking requests into your own Google Calendar and Google Sheet.
 *
 * A Google Apps Script web app, created from a Google Sheet (Extensions -> Apps Script). It runs inside your own
 * Google account: no other service sees your visitors' requests. Setup, step by step: README.md of blog-widgets,
 * section "Booking into your own Google Calendar". In short: paste this file, set the three values below, then
 * Deploy -> New deployment -> Web app, execute as "Me", who has access "Anyone", and copy the web app URL (it ends
 * in /exec) into the widget: <book-appointment transport="apps-script" action="https://script.google.com/.../exec">.
 *
 * What it does:
 *   POST (a visitor sends a request): checks it (the same fields and limits as the widget; the time on your slot
 *     grid, inside your hours, not in the past, free in your calendar), then, while holding a lock so that two
 *     visitors cannot take one time, writes a row to the "Requests" sheet and puts a private, discreetly titled
 *     event in your calendar. Answers { ok: true, id } or { ok: false, kind, message } with kind "slot-taken",
 *     "invalid" or "closed". A request sent again with the same requestId (a retry) gets the first answer again.
 *   GET (a visitor opens the calendar): the taken times [{ start, end }] of the next `horizon` days, times only.
 *
 * This file was tested with stand-ins for Google's services (test/integrations/ in blog-widgets), not on Google's
 * servers.
 */

var SETTINGS = {
  // 1. Your calendar: 'primary' is your main Google Calendar; or paste a calendar's id from its settings
  //    ("Integrate calendar" -> "Calendar ID", like abc123@group.calendar.google.com).
  CALENDAR_ID: 'primary',
  // 2. Your time zone, as on the widget's timezone attribute.
  TIME_ZONE: 'Asia/Kolkata',
  // 3. Your blog's address. Requests from other sites are refused. Leave '' to accept any page.
  BLOG_URL: 'https://example.blogspot.com',

  // The same values as on your widget (its hours, duration, buffer, notice, horizon, closed, contact and modes
  // attributes). When you change one there, change it here too.
  HOURS: 'mon-fri 10:00-13:00 14:00-18:00',
  DURATION: 50, // minutes
  BUFFER: 10, // minutes
  NOTICE_HOURS: 24,
  HORIZON_DAYS: 30,
  CLOSED: '', // like '2026-12-25 2026-12-30..2027-01-02'
  CONTACT: 'email', // email, phone, either or both
  MODES: 'online', // online in-person phone
  // The calendar event's title: discreet, as in the widget. The details go only into the event's private description.
  EVENT_TITLE: 'Appointment',
  SHEET_NAME: 'Requests',
};

var LIMITS = { body: 20000, name: 200, email: 254, phone: 40, concern: 2000, zone: 64, page: 2000 };
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
var HEADER = ['Request id', 'Received', 'Start', 'End', 'Practice zone', 'Visitor zone', 'Mode', 'Name', 'Email',
  'Phone', 'Fields', 'Page', 'Status', 'Event id'];

/** A visitor's request (the widget POSTs its JSON as text/plain). */
function doPost(e) {
  var contents = e && e.postData ? String(e.postData.contents || '') : '';
  if (contents.length > LIMITS.body) return reply_(refuse_('invalid', 'The request is too large.'));
  var body;
  try {
    body = JSON.parse(contents);
  } catch (err) {
    return reply_(refuse_('invalid', 'The request is not readable.'));
  }
  if (!body || typeof body !== 'object') return reply_(refuse_('invalid', 'The request is not readable.'));
  var id = typeof body.requestId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(body.requestId) ? body.requestId : '';
  if (!id) return reply_(refuse_('invalid', 'The request has no id.'));

  var lock = LockService.getScriptLock();
  if (!lock.tryLock(20000)) return reply_(refuse_('busy', 'The calendar is busy. Please try again in a moment.'));
  try {
    var first = firstAnswer_(id);
    if (first) return reply_(first);
    var answer = book_(body, id);
    // A refusal is remembered for six hours, so that a retry of the same request hears the same answer.
    if (!answer.ok) CacheService.getScriptCache().put('answer:' + id, JSON.stringify(answer), 21600);
    return reply_(answer);
  } finally {
    lock.releaseLock();
  }
}

/** The taken times of the next `horizon` days: [{ start, end }], nothing else of the events. */
function doGet(e) {
  var asked = Number(e && e.parameter ? e.parameter.horizon : NaN);
  var days = Math.min(366, Math.max(1, Math.floor(asked) || SETTINGS.HORIZON_DAYS));
  var now = Date.now();
  var events = calendar_().getEvents(new Date(now), new Date(now + days * 86400000));
  var busy = [];
  for (var i = 0; i < events.length; i++) {
    if (events[i].isAllDayEvent()) continue;
    busy.push({ start: events[i].getStartTime().toISOString(), end: events[i].getEndTime().toISOString() });
  }
  return reply_(busy);
}

// ---- the request -------------------------------------------------------------------------------------------

function book_(body, id) {
  var request = validate_(body);
  if (request.refusal) return request.refusal;
  var when = checkTime_(request.start, request.end);
  if (when) return when;
  var cal = calendar_();
  var events = cal.getEvents(new Date(request.start), new Date(request.end));
  for (var i = 0; i < events.length; i++) {
    if (!events[i].isAllDayEvent()) return refuse_('slot-taken', 'Someone has just taken this time. Please choose another.');
  }
  var event = cal.createEvent(SETTINGS.EVENT_TITLE + ' (requested)', new Date(request.start), new Date(request.end), {
    description: description_(request, id),
  });
  event.setVisibility(CalendarApp.Visibility.PRIVATE);
  event.setColor(CalendarApp.EventColor.GRAY);
  event.setTag('blog-widgets-request', id);
  try {
    sheet_().appendRow([id, new Date(), new Date(request.start), new Date(request.end), request.timezone,
      request.visitorTimezone, request.mode, request.name, request.email, request.phone, JSON.stringify(request.fields),
      request.page, 'requested', event.getId()].map(cell_));
  } catch (err) {
    event.deleteEvent();
    throw err;
  }
  return { ok: true, id: id };
}

function text_(value, max) {
  return typeof value === 'string' ? value.trim().slice(0, max + 1) : '';
}

/** The same fields and limits as the widget's. */
function validate_(body) {
  var invalid = function (message) {
    return { refusal: refuse_('invalid', message) };
  };
  var start = Date.parse(body.start);
  var end = Date.parse(body.end);
  if (!isFinite(start) || !isFinite(end)) return invalid('The time is not readable.');
  var name = text_(body.name, LIMITS.name);
  if (!name) return invalid('A name is needed.');
  if (name.length > LIMITS.name) return invalid('The name is too long.');
  var email = text_(body.email, LIMITS.email);
  var phone = text_(body.phone, LIMITS.phone);
  var emailOk = email.length <= LIMITS.email && EMAIL.test(email);
  var phoneOk = phone.length <= LIMITS.phone && /^[+\d\s().-]+$/.test(phone) && phone.replace(/\D/g, '').length >= 7;
  var contact = SETTINGS.CONTACT;
  if ((contact === 'email' || contact === 'both') && !emailOk) return invalid('An email address is needed.');
  if ((contact === 'phone' || contact === 'both') && !phoneOk) return invalid('A phone number is needed.');
  if (contact === 'either' && !((email && emailOk) || (phone && phoneOk))) return invalid('An email address or a phone number is needed.');
  if (email && !emailOk) return invalid('The email address is not readable.');
  if (phone && !phoneOk) return invalid('The phone number is not readable.');
  var modes = SETTINGS.MODES.split(/\s+/);
  var mode = typeof body.mode === 'string' ? body.mode : '';
  if (modes.indexOf(mode) < 0) return invalid('This way of meeting is not offered.');
  if (body.timezone !== SETTINGS.TIME_ZONE) return invalid('The practice\u2019s time zone does not match.');
  var visitorZone = text_(body.visitorTimezone, LIMITS.zone);
  if (visitorZone.length > LIMITS.zone) return invalid('The time zone is not readable.');
  var page = text_(body.page, LIMITS.page);
  if (page.length > LIMITS.page || (page && !/^https?:\/\//i.test(page))) return invalid('The page address is not readable.');
  if (SETTINGS.BLOG_URL && origin_(page) !== origin_(SETTINGS.BLOG_URL)) return invalid('Requests are taken only from the blog.');
  var raw = body.fields && typeof body.fields === 'object' ? body.fields : {};
  var fields = {};
  if (raw.age !== undefined && raw.age !== '') {
    if (!/^\d{1,3}$/.test(String(raw.age))) return invalid('The age is not a number.');
    fields.age = String(raw.age);
  }
  if (raw.concern !== undefined) {
    var concern = text_(raw.concern, LIMITS.concern);
    if (concern.length > LIMITS.concern) return invalid('The text is too long.');
    if (concern) fields.concern = concern;
  }
  if (typeof raw.firstVisit === 'boolean') fields.firstVisit = raw.firstVisit;
  return {
    start: start, end: end, timezone: SETTINGS.TIME_ZONE, visitorTimezone: visitorZone, mode: mode, name: name,
    email: email, phone: phone, fields: fields, page: page,
  };
}

function origin_(url) {
  var match = /^(https?:\/\/[^/?#]+)/i.exec(String(url || ''));
  return match ? match[1].toLowerCase() : '';
}

/** On the slot grid, inside the hours, not on a closed day, not too soon (or past), not too far ahead. */
function checkTime_(start, end) {
  var duration = SETTINGS.DURATION;
  if (end - start !== duration * 60000) return refuse_('invalid', 'This is not a session\u2019s length.');
  var now = Date.now();
  if (start < now + SETTINGS.NOTICE_HOURS * 3600000) return refuse_('closed', 'This time is too soon, or past.');
  if (start >= now + SETTINGS.HORIZON_DAYS * 86400000) return refuse_('closed', 'This time is too far ahead.');
  var local = Utilities.formatDate(new Date(start), SETTINGS.TIME_ZONE, "yyyy-MM-dd'|'u'|'HH:mm").split('|');
  if (closedDay_(local[0])) return refuse_('closed', 'The practice is closed on this day.');
  var minute = Number(local[2].slice(0, 2)) * 60 + Number(local[2].slice(3));
  var intervals = parseHours_(SETTINGS.HOURS)[Number(local[1]) % 7];
  var step = duration + SETTINGS.BUFFER;
  for (var i = 0; i < intervals.length; i++) {
    var interval = intervals[i];
    if (minute < interval.start || minute + duration > interval.end) continue;
    if ((minute - interval.start) % step === 0) return null;
    return refuse_('invalid', 'This is not one of the offered times.');
  }
  return refuse_('closed', 'This time is outside the practice\u2019s hours.');
}

function closedDay_(key) {
  var items = SETTINGS.CLOSED.split(/[\s,]+/);
  for (var i = 0; i < items.length; i++) {
    if (!items[i]) continue;
    var range = items[i].split('..');
    var from = range[0];
    var to = range[1] || range[0];
    if (from > to) {
      var swap = from;
      from = to;
      to = swap;
    }
    if (key >= from && key <= to) return true;
  }
  return false;
}

/** The widget's hours syntax: `mon-fri 10:00-13:00 14:00-18:00; sat 10:00-14:00` (parts by `;` or new lines). */
function parseHours_(text) {
  var week = [[], [], [], [], [], [], []];
  var parts = String(text).split(/[;\n]/);
  for (var p = 0; p < parts.length; p++) {
    var part = parts[p].trim().replace(/\s+/g, ' ').replace(/\s*([,-])\s*/g, '$1');
    var at = part.search(/\s\d/);
    if (at < 0) continue;
    var days = readDays_(part.slice(0, at));
    var pieces = part.slice(at + 1).split(/[\s,]+/);
    for (var i = 0; i < pieces.length; i++) {
      var m = /^(\d{1,2})(?::(\d{2}))?-(\d{1,2})(?::(\d{2}))?$/.exec(pieces[i]);
      if (!m) continue;
      var from = Number(m[1]) * 60 + Number(m[2] || 0);
      var to = Number(m[3]) * 60 + Number(m[4] || 0);
      if (to <= from || to > 1440 || Number(m[2] || 0) > 59 || Number(m[4] || 0) > 59) continue;
      for (var d = 0; d < days.length; d++) week[days[d]].push({ start: from, end: to });
    }
  }
  return week;
}

function readDay_(word) {
  var lower = word.toLowerCase();
  if (lower.length < 3) return -1;
  for (var i = 0; i < 7; i++) if (DAY_NAMES[i].indexOf(lower) === 0) return i;
  return -1;
}

function readDays_(spec) {
  var days = [];
  var items = spec.split(',');
  for (var i = 0; i < items.length; i++) {
    var range = items[i].split('-');
    var from = readDay_(range[0]);
    var to = range.length > 1 ? readDay_(range[1]) : from;
    if (from < 0 || to < 0 || range.length > 2) continue;
    for (var d = from; ; d = (d + 1) % 7) {
      if (days.indexOf(d) < 0) days.push(d);
      if (d === to) break;
    }
  }
  return days;
}

// ---- storage and answers -----------------------------------------------------------------------------------

/** The answer already given to this request id, if any: accepted ones from the sheet, refusals from the cache. */
function firstAnswer_(id) {
  var sheet = sheet_();
  var rows = sheet.getLastRow();
  if (rows > 1) {
    var ids = sheet.getRange(2, 1, rows - 1, 1).getValues();
    for (var i = 0; i < ids.length; i++) if (ids[i][0] === id) return { ok: true, id: id };
  }
  var cached = CacheService.getScriptCache().get('answer:' + id);
  return cached ? JSON.parse(cached) : null;
}

function calendar_() {
  var cal = SETTINGS.CALENDAR_ID === 'primary' ? CalendarApp.getDefaultCalendar() : CalendarApp.getCalendarById(SETTINGS.CALENDAR_ID);
  if (!cal) throw new Error('No calendar with the id in SETTINGS.CALENDAR_ID');
  return cal;
}

function sheet_() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(SETTINGS.SHEET_NAME);
  if (!sheet) {
    sheet = book.insertSheet(SETTINGS.SHEET_NAME);
    sheet.appendRow(HEADER);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** A visitor's text never becomes a formula: a cell that would start with = + - @ gets a leading apostrophe. */
function cell_(value) {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
}

/** The event's private description: what the visitor sent. */
function description_(request, id) {
  var lines = ['Request ' + id, 'Name: ' + request.name];
  if (request.email) lines.push('Email: ' + request.email);
  if (request.phone) lines.push('Phone: ' + request.phone);
  lines.push('Mode: ' + request.mode, 'Visitor\u2019s time zone: ' + request.visitorTimezone);
  if (request.fields.age) lines.push('Age: ' + request.fields.age);
  if (request.fields.firstVisit) lines.push('First session');
  if (request.fields.concern) lines.push('', request.fields.concern);
  lines.push('', 'Status: requested (see the "' + SETTINGS.SHEET_NAME + '" sheet). Delete this event to free the time.');
  return lines.join('\n');
}

function refuse_(kind, message) {
  return { ok: false, kind: kind, message: message };
}

function reply_(value) {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
}
