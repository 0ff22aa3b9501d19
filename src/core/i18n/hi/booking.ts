import type { Section } from '../en.js';
import type { enBooking } from '../en/booking.js';

/** Hindi (हिन्दी) strings of book-appointment. */
export const hiBooking: Section<typeof enBooking> = {
  'booking.heading': 'अपॉइंटमेंट बुक करें',
  'booking.open': 'अपॉइंटमेंट बुक करें',
  'booking.close': 'बंद करें',
  'booking.loadingBusy': 'ख़ाली समय देखे जा रहे हैं…',
  'booking.busyError': 'यह नहीं देखा जा सका कि कौन-से समय पहले से भरे हैं; दिखाए गए कुछ समय बुक हो चुके हो सकते हैं।',
  'booking.timesShownIn': 'समय {zone} में दिखाए गए हैं।',
  'booking.showPractice': 'क्लिनिक का समय दिखाएँ ({zone})',
  'booking.showMine': 'मेरा समय दिखाएँ ({zone})',
  'booking.stepWhen': 'तारीख़ और समय चुनें',
  'booking.prevMonth': 'पिछला महीना',
  'booking.nextMonth': 'अगला महीना',
  'booking.noTimesDay': '{date}, कोई समय ख़ाली नहीं',
  'booking.calendarHelp': 'दिनों के बीच जाने के लिए ऐरो कुंजियाँ, महीने बदलने के लिए Page Up और Page Down, चुनने के लिए Enter दबाएँ।',
  'booking.timesOn': '{date} को ख़ाली समय',
  'booking.timeCount': { one: '{date} को {count} स्लॉट ख़ाली है', other: '{date} को {count} स्लॉट ख़ाली हैं' },
  'booking.pickDate': 'ख़ाली समय देखने के लिए कोई तारीख़ चुनें।',
  'booking.noSlots': 'अगले {count} दिनों में कोई समय ख़ाली नहीं है। कृपया किसी और तरीके से संपर्क करें।',
  'booking.stepDetails': 'आपकी जानकारी',
  'booking.stepReview': 'जाँचें और भेजें',
};
