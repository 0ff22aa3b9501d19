import type { Section } from '../en.js';
import type { enShare } from '../en/share.js';

/** Hindi (हिन्दी) strings of share-buttons. */
export const hiShare: Section<typeof enShare> = {
  'share.heading': 'शेयर करें:',
  'share.native': 'शेयर करें…',
  'share.nativeLabel': 'अपने डिवाइस से शेयर करें',
  'share.on': '{network} पर शेयर करें',
  'share.email': 'ईमेल',
  'share.emailLabel': 'ईमेल से शेयर करें',
  'share.copy': 'लिंक कॉपी करें',
  'share.copyLabel': 'इस पेज का लिंक कॉपी करें',
  'share.copied': 'लिंक कॉपी हो गया',
  'share.copyFailed': 'कॉपी नहीं हो सका। लिंक चुनकर ख़ुद कॉपी कर लें।',
  'share.emailBody': '{title}\n\n{url}',
};
