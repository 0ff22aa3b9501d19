/**
 * UPI (India's payment standard): checking the owner's UPI id and fee, and the `upi://pay` address that a phone's
 * UPI app opens (and that the QR code holds). Pure: nothing here reads the page.
 *
 * The address holds only the owner's side (her UPI id and name), the amount, and a discreet note: "Appointment"
 * and the request's id, never anything the visitor typed.
 */

/** `name@bank`: letters, digits, dot, dash, underscore before the `@`, a handle of letters (and digits) after it. */
const VPA = /^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9.-]{1,63}$/;
/** Rupees, optionally with paise: `500`, `499.5`, `1200.00`. */
const FEE = /^\d{1,6}(?:\.\d{1,2})?$/;
/** The most one UPI payment usually carries (₹1 lakh). */
export const MAX_FEE = 100_000;

/** The UPI id, trimmed, or why it is not one. */
export function checkVpa(raw: string): { vpa: string } | { why: string } {
  const vpa = raw.trim();
  if (!VPA.test(vpa)) return { why: `"${raw}" is not a UPI id like name@okbank` };
  return { vpa };
}

/** The fee as a number of paise, or why it is not a fee. */
export function checkFee(raw: string): { paise: number } | { why: string } {
  const text = raw.trim().replace(/^₹\s*/, '');
  if (!FEE.test(text)) return { why: `"${raw}" is not an amount in rupees like 500 or 499.50` };
  const [rupees, fraction = ''] = text.split('.');
  const paise = Number(rupees) * 100 + Number(fraction.padEnd(2, '0'));
  if (paise <= 0) return { why: `"${raw}" is not more than zero` };
  if (paise > MAX_FEE * 100) return { why: `"${raw}" is more than a UPI payment carries (₹${MAX_FEE})` };
  return { paise };
}

/** What is wrong with the `upi` and `fee` attributes, one entry per attribute (none: the payment step shows). */
export function paymentProblems(upi: string, fee: string): { attribute: 'upi' | 'fee'; why: string }[] {
  if (!upi || !fee)
    return [{ attribute: upi ? 'fee' : 'upi', why: 'missing (the payment step needs both upi and fee)' }];
  const problems: { attribute: 'upi' | 'fee'; why: string }[] = [];
  const vpa = checkVpa(upi);
  if ('why' in vpa) problems.push({ attribute: 'upi', why: vpa.why });
  const amount = checkFee(fee);
  if ('why' in amount) problems.push({ attribute: 'fee', why: amount.why });
  return problems;
}

/** `am`: rupees with exactly two decimals, `500.00`. */
export function upiAmount(paise: number): string {
  return `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;
}

/** Percent-encodes a value (spaces as %20, never `+`). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface UpiPayment {
  /** The payee's UPI id (VPA). */
  vpa: string;
  /** The payee's name as the UPI app shows it. */
  name?: string;
  paise: number;
  /** The note (`tn`). */
  note: string;
}

/** `upi://pay?pa=…&pn=…&am=…&cu=INR&tn=…` */
export function upiUri(payment: UpiPayment): string {
  const parts = [`pa=${encode(payment.vpa).replace('%40', '@')}`];
  const name = payment.name?.trim();
  if (name) parts.push(`pn=${encode(name.slice(0, 99))}`);
  parts.push(`am=${upiAmount(payment.paise)}`, 'cu=INR', `tn=${encode(payment.note.slice(0, 80))}`);
  return `upi://pay?${parts.join('&')}`;
}

/** The discreet note: "Appointment" and the request's id. */
export function upiNote(requestId: string): string {
  return `Appointment ${requestId}`;
}
