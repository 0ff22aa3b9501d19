/**
 * The test helpers, from one place: reading a widget (`$`, `$$`, `text`, `root`), fixtures that wait for every widget
 * inside, the test server's addresses (`mock`, `bloggerFeed`, `corpusUrl`) and request log (`received`, `logKey`),
 * console warnings, waits on conditions (`feedSettled`, `formSettled`, `searchFor`) and the accessibility measures.
 * Not here, because importing them defines widgets: ./widgets.js (every widget at once) and ./booking.js.
 */
export * from './dom.js';
export * from './server.js';
export * from './waits.js';
export * from './a11y.js';
export * from './translate.js';
export * from './connection.js';
