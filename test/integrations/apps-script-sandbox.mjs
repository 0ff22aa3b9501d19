// A stand-in for the Google Apps Script runtime, enough to run integrations/google-apps-script/booking.gs under
// Node. It is NOT Google's runtime: each service below does, in memory, only what booking.gs asks of it, the way
// Google's documentation describes it (SpreadsheetApp, CalendarApp, LockService, ContentService, CacheService,
// Utilities). What it cannot show (quotas, permissions, real concurrency between Google's servers) is untested.
//
//   const app = loadBookingScript({ settings: { HOURS: '...' }, now: () => Date.parse('...') });
//   app.post(JSON.stringify(request))  -> the parsed answer        app.get({ horizon: '30' }) -> the parsed answer
//   app.sheet.rows, app.calendar.events, app.lock                  what the script wrote, and the lock's record
//
// webApp(app) answers HTTP as a deployed web app does (see the comment there); the test server and the demo use it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { randomUUID } from 'node:crypto';

const SOURCE = fileURLToPath(new URL('../../integrations/google-apps-script/booking.gs', import.meta.url));

/** In-memory Sheet: rows of cell values. Like Sheets, a string cell starting with "=" would be a formula. */
class Sheet {
  constructor(name, lockCheck) {
    this.name = name;
    this.rows = [];
    this.frozen = 0;
    this.lockCheck = lockCheck;
  }
  appendRow(values) {
    this.lockCheck('Sheet.appendRow');
    this.rows.push(Array.from(values, (v) => (v instanceof Object && typeof v.getTime === 'function' ? new Date(v.getTime()) : v)));
    return this;
  }
  getLastRow() {
    return this.rows.length;
  }
  setFrozenRows(n) {
    this.frozen = n;
  }
  getRange(row, column, numRows = 1, numColumns = 1) {
    const rows = this.rows;
    return {
      getValues: () =>
        Array.from({ length: numRows }, (_, r) =>
          Array.from({ length: numColumns }, (_, c) => rows[row - 1 + r]?.[column - 1 + c] ?? ''),
        ),
    };
  }
  /** Cells Google Sheets would evaluate as formulas. */
  formulas() {
    return this.rows.flat().filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v));
  }
}

class CalendarEvent {
  constructor(calendar, title, start, end, options = {}) {
    this.id = `${randomUUID()}@google.com`;
    this.calendar = calendar;
    this.title = title;
    this.start = start.getTime();
    this.end = end.getTime();
    this.allDay = false;
    this.description = options.description ?? '';
    this.visibility = 'DEFAULT';
    this.color = '';
    this.tags = {};
  }
  getId() {
    return this.id;
  }
  getTitle() {
    return this.title;
  }
  getDescription() {
    return this.description;
  }
  getStartTime() {
    return new Date(this.start);
  }
  getEndTime() {
    return new Date(this.end);
  }
  isAllDayEvent() {
    return this.allDay;
  }
  setVisibility(v) {
    this.visibility = v;
    return this;
  }
  setColor(c) {
    this.color = c;
    return this;
  }
  setTag(k, v) {
    this.tags[k] = v;
    return this;
  }
  getTag(k) {
    return this.tags[k] ?? null;
  }
  deleteEvent() {
    this.calendar.events = this.calendar.events.filter((e) => e !== this);
  }
}

class Calendar {
  constructor(id, lockCheck) {
    this.id = id;
    this.events = [];
    this.lockCheck = lockCheck;
  }
  getId() {
    return this.id;
  }
  /** Events that overlap [start, end), as CalendarApp's getEvents(startTime, endTime) returns them. */
  getEvents(start, end) {
    const from = start.getTime();
    const to = end.getTime();
    return this.events.filter((e) => e.start < to && from < e.end).sort((a, b) => a.start - b.start);
  }
  createEvent(title, start, end, options) {
    this.lockCheck('Calendar.createEvent');
    const event = new CalendarEvent(this, title, start, end, options);
    this.events.push(event);
    return event;
  }
  /** For tests: an event the owner put there herself. */
  addOwnEvent(title, start, end, { allDay = false } = {}) {
    const event = new CalendarEvent(this, title, new Date(start), new Date(end));
    event.allDay = allDay;
    this.events.push(event);
    return event;
  }
}

/** `yyyy MM dd HH mm u` and quoted literals, as Java's SimpleDateFormat reads them (all booking.gs uses). */
function formatDate(date, zone, pattern) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', weekday: 'short',
    })
      .formatToParts(new Date(date.getTime()))
      .map((p) => [p.type, p.value]),
  );
  const u = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  const values = { yyyy: parts.year, MM: parts.month, dd: parts.day, HH: parts.hour, mm: parts.minute, u: String(u) };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|u/g, (token, literal) => (literal !== undefined ? literal : values[token]));
}

/**
 * Loads booking.gs with fresh, empty services. `settings` replaces values of its SETTINGS; `now` is the clock the
 * script sees (Date.now() and new Date()).
 */
export function loadBookingScript({ settings = {}, now = () => Date.now(), source = readFileSync(SOURCE, 'utf8') } = {}) {
  const lock = { held: false, taken: 0, released: 0, refuse: false };
  const lockCheck = (what) => {
    if (!lock.held) throw new Error(`stand-in: ${what} without the script lock`);
  };
  const sheets = new Map();
  const calendar = new Calendar('owner@example.com', lockCheck);
  const cache = new Map();
  const spreadsheet = {
    getSheetByName: (name) => sheets.get(name) ?? null,
    insertSheet: (name) => {
      const sheet = new Sheet(name, lockCheck);
      sheets.set(name, sheet);
      return sheet;
    },
  };
  const RealDate = Date;
  class ScriptDate extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(now());
    }
    static now() {
      return now();
    }
  }
  const context = vm.createContext({
    Date: ScriptDate,
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    CalendarApp: {
      getDefaultCalendar: () => calendar,
      getCalendarById: (id) => (id === calendar.id ? calendar : null),
      Visibility: { DEFAULT: 'DEFAULT', PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE', CONFIDENTIAL: 'CONFIDENTIAL' },
      EventColor: { GRAY: '8', BLUE: '9' },
    },
    LockService: {
      getScriptLock: () => ({
        tryLock: () => {
          if (lock.refuse || lock.held) return false;
          lock.held = true;
          lock.taken += 1;
          return true;
        },
        waitLock(ms) {
          if (!this.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
        },
        hasLock: () => lock.held,
        releaseLock: () => {
          if (lock.held) lock.released += 1;
          lock.held = false;
        },
      }),
    },
    CacheService: {
      getScriptCache: () => ({
        get: (key) => {
          const hit = cache.get(key);
          return hit && hit.until > now() ? hit.value : null;
        },
        put: (key, value, seconds = 600) => {
          cache.set(key, { value: String(value), until: now() + Math.min(seconds, 21600) * 1000 });
        },
      }),
    },
    ContentService: {
      MimeType: { JSON: 'JSON', TEXT: 'TEXT' },
      createTextOutput: (content = '') => {
        const output = {
          content: String(content),
          mimeType: 'TEXT',
          getContent: () => output.content,
          getMimeType: () => output.mimeType,
          setMimeType: (type) => {
            output.mimeType = type;
            return output;
          },
        };
        return output;
      },
    },
    Utilities: { formatDate },
  });
  vm.runInContext(source, context, { filename: 'booking.gs' });
  Object.assign(context.SETTINGS, settings);
  if (!settings.CALENDAR_ID && context.SETTINGS.CALENDAR_ID !== 'primary') context.SETTINGS.CALENDAR_ID = calendar.id;

  const read = (output) => JSON.parse(output.getContent());
  return {
    context,
    lock,
    calendar,
    get sheet() {
      return sheets.get(context.SETTINGS.SHEET_NAME);
    },
    /** Runs doPost as a web app request with this body; returns the TextOutput. */
    doPost: (contents, type = 'text/plain') =>
      context.doPost({ postData: { contents, type, length: contents.length, name: 'postData' }, parameter: {}, parameters: {}, queryString: '', contentLength: contents.length }),
    doGet: (parameter = {}) =>
      context.doGet({ parameter, parameters: Object.fromEntries(Object.entries(parameter).map(([k, v]) => [k, [v]])), queryString: new URLSearchParams(parameter).toString() }),
    post(contents) {
      return read(this.doPost(contents));
    },
    get(parameter) {
      return read(this.doGet(parameter));
    },
  };
}

/**
 * Answers HTTP as a deployed Apps Script web app does:
 *   exec(req, res, { body, query, echo })   for POST or GET on the web app's /exec address: runs doPost or doGet,
 *       keeps the output and answers 302 Found, Location: <echo>?user_content_key=…&lib=… (Google's is a
 *       script.googleusercontent.com/macros/echo address). A CORS preflight (OPTIONS) gets 405 and no CORS header,
 *       so a browser's preflight fails as it does with Google. An exception in the script: 200 with an HTML error
 *       page ("Error: …"), as Google shows it.
 *   echo(res, query)   the output, with the content type its MimeType asks for and Access-Control-Allow-Origin: *
 */
export function webApp(app) {
  const outputs = new Map();
  const send = (res, status, type, text, headers = {}) => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache, no-store, max-age=0, must-revalidate');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end(text);
  };
  return {
    app,
    exec(req, res, { body = '', query = {}, echo }) {
      const method = req.method;
      if (method === 'OPTIONS') return send(res, 405, 'text/html; charset=utf-8', '<!DOCTYPE html><title>Error 405 (Method Not Allowed)</title>');
      if (method !== 'GET' && method !== 'POST') return send(res, 405, 'text/html; charset=utf-8', '');
      let output;
      try {
        output = method === 'POST' ? app.doPost(body, String(req.headers['content-type'] ?? '').split(';')[0]) : app.doGet(query);
      } catch (error) {
        return send(res, 200, 'text/html; charset=utf-8', `<!DOCTYPE html><title>Error</title><div>Error: ${String(error.message).replace(/[<&]/g, '')}</div>`);
      }
      const key = randomUUID().replace(/-/g, '');
      outputs.set(key, output);
      if (outputs.size > 500) outputs.delete(outputs.keys().next().value);
      send(res, 302, 'text/html; charset=UTF-8', '<HTML><HEAD><TITLE>Moved Temporarily</TITLE></HEAD><BODY>Moved Temporarily</BODY></HTML>', {
        Location: `${echo}?user_content_key=${key}&lib=MblogWidgetsStandIn`,
        'Access-Control-Allow-Origin': '*',
      });
    },
    echo(res, query = {}) {
      const output = outputs.get(query.user_content_key);
      if (!output) return send(res, 404, 'text/html; charset=utf-8', '<!DOCTYPE html><title>Not found</title>');
      const type = output.getMimeType() === 'JSON' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
      send(res, 200, type, output.getContent(), { 'Access-Control-Allow-Origin': '*' });
    },
  };
}
