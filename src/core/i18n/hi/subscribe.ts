import type { Section } from '../en.js';
import type { enSubscribe } from '../en/subscribe.js';

/** Hindi (हिन्दी) strings of subscribe-form. */
export const hiSubscribe: Section<typeof enSubscribe> = {
  'subscribe.heading': 'सदस्यता लें और नई पोस्ट की जानकारी पाएँ',
  'subscribe.emailLabel': 'ईमेल पता',
  'subscribe.nameLabel': 'नाम (वैकल्पिक)',
  'subscribe.placeholder': 'उदाहरण: you@example.com',
  'subscribe.button': 'सदस्यता लें',
  'subscribe.sending': 'सदस्यता ली जा रही है…',
  'subscribe.privacy': 'गोपनीयता नीति',
  'subscribe.emailMissing': 'अपना ईमेल पता लिखें।',
  'subscribe.emailInvalid': 'name@example.com जैसा ईमेल पता लिखें।',
  'subscribe.consentMissing': 'सदस्यता लेने से पहले सहमति वाले बॉक्स पर टिक करें।',
  'subscribe.success': 'धन्यवाद! आपकी सदस्यता शुरू हो गई है।',
  'subscribe.confirm': 'बस एक कदम बाकी है: अपना इनबॉक्स देखें और सदस्यता की पुष्टि करें।',
  'subscribe.checkInbox': 'सदस्यता की पुष्टि के लिए अपना इनबॉक्स देखें।',
  'subscribe.sent': 'आपका अनुरोध भेज दिया गया है। धन्यवाद!',
  'subscribe.already': 'इस ईमेल पते से सदस्यता पहले ही ली जा चुकी है। धन्यवाद!',
  'subscribe.rateLimited': 'इस पते से बहुत बार सदस्यता की कोशिश हुई है। कुछ मिनट रुककर फिर से कोशिश करें।',
  'subscribe.error': 'सदस्यता नहीं हो सकी। कृपया फिर से कोशिश करें।',
  'subscribe.errorServer': 'न्यूज़लेटर सेवा में कोई समस्या आई। थोड़ी देर बाद फिर से कोशिश करें।',
  'subscribe.errorTimeout': 'न्यूज़लेटर सेवा से जवाब नहीं आया। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  'subscribe.errorNetwork': 'न्यूज़लेटर सेवा तक नहीं पहुँच सके। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  'subscribe.errorConfig': 'यह फ़ॉर्म अभी तैयार नहीं है, इसलिए भेजा नहीं जा सकता।',
  'subscribe.offline': 'आप ऑफ़लाइन हैं। कनेक्शन लौटते ही आपकी सदस्यता भेज दी जाएगी।',
  'subscribe.honeypot': 'इस खाने को ख़ाली छोड़ें',
};
