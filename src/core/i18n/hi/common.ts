import type { Section } from '../en.js';
import type { enCommon } from '../en/common.js';

/** Hindi (हिन्दी) strings of common. */
export const hiCommon: Section<typeof enCommon> = {
  'common.loading': 'लोड हो रहा है…',
  'common.retry': 'फिर से कोशिश करें',
  'common.error': 'लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
  'common.opensInNewTab': '(नए टैब में खुलता है)',
};

/** The section, as the module tables.ts loads on demand. */
export default hiCommon;
