/**
 * The choices booking's attributes offer. Kept apart from request.ts (which says them again) because the widget's
 * first module needs only these lists, and the rest of request.ts loads with the later steps.
 */
export const CONTACTS = ['email', 'phone', 'either', 'both'] as const;
export const MODES = ['online', 'in-person', 'phone'] as const;
export const FIELDS = ['age', 'concern', 'first-visit'] as const;
export const CONFIRMS = ['request', 'instant'] as const;
export const LAYOUTS = ['inline', 'button'] as const;
export const TRANSPORTS = ['endpoint', 'whatsapp', 'mailto', 'google-forms', 'apps-script'] as const;

export type BookingContact = (typeof CONTACTS)[number];
export type BookingMode = (typeof MODES)[number];
export type BookingField = (typeof FIELDS)[number];
export type BookingTransport = (typeof TRANSPORTS)[number];
export type BookingConfirm = (typeof CONFIRMS)[number];
export type BookingLayout = (typeof LAYOUTS)[number];
