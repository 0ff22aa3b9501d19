/**
 * The string-style guide (README, "Languages"), checked: what a fluent reader found in the Hindi and the other
 * Indian tables (issue 15), each as the fixed text or as the absence of the old pattern across a table.
 */
import { expect } from '@open-wc/testing';
import { ar } from '../../src/core/i18n/ar.js';
import { bn } from '../../src/core/i18n/bn.js';
import { de } from '../../src/core/i18n/de.js';
import { es } from '../../src/core/i18n/es.js';
import { fr } from '../../src/core/i18n/fr.js';
import { id } from '../../src/core/i18n/id.js';
import { en, hi } from '../../src/core/i18n/all.js';
import type { StringKey, Strings } from '../../src/core/i18n/en.js';
import { formatDate } from '../../src/core/i18n/index.js';
import { mr } from '../../src/core/i18n/mr.js';
import { pt } from '../../src/core/i18n/pt.js';
import { ru } from '../../src/core/i18n/ru.js';
import { ta } from '../../src/core/i18n/ta.js';
import { te } from '../../src/core/i18n/te.js';
import type { Message } from '../../src/core/i18n/types.js';
import { ur } from '../../src/core/i18n/ur.js';

const INDIAN: Record<string, Partial<Strings>> = { hi, bn, mr, ta, te, ur };
const OTHERS: Record<string, Partial<Strings>> = { es, pt, fr, de, ru, id, ar };
const texts = (message: Message | undefined): string[] =>
  message === undefined
    ? []
    : typeof message === 'string'
      ? [message]
      : Object.values(message).filter((t): t is string => !!t);
/** Every text of a table, with its key, for "nowhere in the table" checks. */
const entries = (table: Partial<Strings>) =>
  Object.entries(table).flatMap(([key, message]) => texts(message as Message).map((text) => [key, text] as const));
const withWord = (table: Partial<Strings>, pattern: RegExp) =>
  entries(table)
    .filter(([, text]) => pattern.test(text))
    .map(([key]) => key);
const hiText = (key: StringKey, form: 'one' | 'other' = 'other') => {
  const message = hi[key];
  return typeof message === 'string' ? message : message[form]!;
};

describe('core/i18n: string style (issue 15)', () => {
  it('counts free slots in Hindi, not uncountable "समय"', () => {
    expect(hiText('booking.timeCount', 'one')).to.equal('{date} को {count} स्लॉट ख़ाली है');
    expect(hiText('booking.timeCount', 'other')).to.equal('{date} को {count} स्लॉट ख़ाली हैं');
  });

  it('words the concern hint naturally, not word for word from English, in every Indian language', () => {
    expect(hi['booking.concernHint']).to.equal(
      'चाहें तो ही लिखें। यह जानकारी सिर्फ़ क्लिनिक को भेजी जाती है; किसी लिंक या कैलेंडर फ़ाइल में नहीं जाती।',
    );
    expect(bn['booking.concernHint']).to.equal(
      'চাইলে তবেই লিখুন। এই তথ্য শুধু ক্লিনিকে পাঠানো হয়; কোনো লিঙ্ক বা ক্যালেন্ডার ফাইলে থাকে না।',
    );
    expect(mr['booking.concernHint']).to.equal(
      'इच्छा असेल तरच लिहा. ही माहिती फक्त क्लिनिकला पाठवली जाते; कोणत्याही लिंकमध्ये किंवा कॅलेंडर फाइलमध्ये जात नाही.',
    );
    expect(ta['booking.concernHint']).to.equal(
      'விரும்பினால் மட்டும் எழுதுங்கள். இந்தத் தகவல் கிளினிக்கிற்கு மட்டுமே அனுப்பப்படும்; எந்த இணைப்பிலும் நாட்காட்டிக் கோப்பிலும் சேர்க்கப்படாது.',
    );
    expect(te['booking.concernHint']).to.equal(
      'మీకు ఇష్టమైతేనే రాయండి. ఈ సమాచారం క్లినిక్‌కు మాత్రమే వెళ్తుంది; ఏ లింక్‌లోనూ, క్యాలెండర్ ఫైల్‌లోనూ చేరదు.',
    );
    expect(ur['booking.concernHint']).to.equal(
      'چاہیں تو لکھیں۔ یہ معلومات صرف کلینک کو بھیجی جاتی ہیں، کسی لنک یا کیلنڈر فائل میں شامل نہیں ہوتیں۔',
    );
    expect(ur['booking.concernHint']!.toString().match(/صرف/g), 'صرف once').to.have.length(1);
  });

  it('writes no gender slash ("चाहता/चाहती") in any table; the Hindi message asks with "मुझे … चाहिए"', () => {
    const slashed = /[\p{L}\p{M}]\/[\p{L}\p{M}]/u;
    expect(slashed.test('चाहता/चाहती'), 'the check can fail').to.equal(true);
    for (const [lang, table] of Object.entries({ en, ...INDIAN, ...OTHERS }))
      expect(withWord(table, slashed), lang).to.deep.equal([]);
    // Nor a gender ending in brackets: "согласен(а)", "inscrit(e)".
    const bracketed = /[\p{L}\p{M}]\(\p{L}{1,2}\)/u;
    expect(bracketed.test('согласен(а)'), 'the check can fail').to.equal(true);
    for (const [lang, table] of Object.entries({ en, ...INDIAN, ...OTHERS }))
      expect(withWord(table, bracketed), lang).to.deep.equal([]);
    expect(hi['booking.messageText']).to.equal('नमस्ते, मुझे {when} के लिए अपॉइंटमेंट चाहिए। नाम: {name}।');
  });

  it('says an address already has a subscription, not that the address is a member', () => {
    expect(hi['subscribe.already']).to.equal('इस ईमेल पते से सदस्यता पहले ही ली जा चुकी है। धन्यवाद!');
    expect(mr['subscribe.already']).to.equal('या ईमेल पत्त्याने आधीच सदस्यता घेतलेली आहे. धन्यवाद!');
    expect(bn['subscribe.already']).to.equal('এই ইমেল ঠিকানা দিয়ে আগেই সাবস্ক্রাইব করা হয়েছে। ধন্যবাদ!');
    expect(ta['subscribe.already']).to.equal('இந்த மின்னஞ்சல் முகவரியில் ஏற்கனவே குழுசேர்ந்துள்ளீர்கள். நன்றி!');
    expect(te['subscribe.already']).to.equal('ఈ ఈమెయిల్ చిరునామాతో ఇప్పటికే సబ్‌స్క్రైబ్ అయ్యారు. ధన్యవాదాలు!');
    expect(ur['subscribe.already']).to.equal('اس ای میل پتے سے پہلے ہی سبسکرائب کیا جا چکا ہے۔ شکریہ!');
    expect(ar['subscribe.already']).to.equal('سبق الاشتراك بهذا العنوان. شكرًا لك!');
    expect(id['subscribe.already']).to.equal('Alamat ini sudah pernah didaftarkan untuk berlangganan. Terima kasih!');
  });

  it('calls the link a link when copying fails, as the copy button does, in everyday words', () => {
    expect(hi['share.copyFailed']).to.equal('कॉपी नहीं हो सका। लिंक चुनकर ख़ुद कॉपी कर लें।');
    expect(hi['share.copyFailed']).not.to.contain('स्वयं');
    expect(bn['share.copyFailed']).to.equal('কপি করা যায়নি। লিঙ্কটি বেছে নিয়ে নিজে কপি করুন।');
    expect(mr['share.copyFailed']).to.equal('कॉपी करता आले नाही. लिंक निवडून स्वतः कॉपी करा.');
    expect(ta['share.copyFailed']).to.equal('நகலெடுக்க முடியவில்லை. இணைப்பைத் தேர்ந்தெடுத்து நீங்களே நகலெடுக்கவும்.');
    expect(te['share.copyFailed']).to.equal('కాపీ చేయడం సాధ్యం కాలేదు. లింక్‌ను ఎంచుకుని మీరే కాపీ చేయండి.');
    expect(ur['share.copyFailed']).to.equal('کاپی نہیں ہو سکا۔ لنک منتخب کر کے خود کاپی کریں۔');
  });

  it('says what went wrong with the feed, not "the blog returned an error"', () => {
    expect(hi['posts.error.http']).to.equal('ब्लॉग से पोस्ट नहीं मिल सकीं (त्रुटि {status})। थोड़ी देर बाद फिर से कोशिश करें।');
    expect(hi['posts.error.http']).not.to.contain('लौटाई');
    expect(bn['posts.error.http']).to.equal('ব্লগ থেকে পোস্ট পাওয়া যায়নি (ত্রুটি {status})। পরে আবার চেষ্টা করুন।');
    expect(mr['posts.error.http']).to.equal('ब्लॉगकडून पोस्ट मिळू शकल्या नाहीत (त्रुटी {status}). नंतर पुन्हा प्रयत्न करा.');
    expect(ta['posts.error.http']).to.equal(
      'வலைப்பதிவிலிருந்து பதிவுகளைப் பெற முடியவில்லை (பிழை {status}). பிறகு மீண்டும் முயலுங்கள்.',
    );
    expect(te['posts.error.http']).to.equal('బ్లాగ్ నుండి పోస్ట్‌లు అందలేదు (లోపం {status}). తర్వాత మళ్లీ ప్రయత్నించండి.');
    expect(ur['posts.error.http']).to.equal('بلاگ سے پوسٹس نہیں مل سکیں (خرابی {status})۔ بعد میں دوبارہ کوشش کریں۔');
  });

  it('spells each word one way in a table', () => {
    expect(withWord(hi, /खाली/), 'hi: ख़ाली, not खाली').to.deep.equal([]);
    expect(withWord(hi, /ख़ाली/).length).to.be.above(3);
    expect(withWord(hi, /(^|\s)खुद/), 'hi: ख़ुद').to.deep.equal([]);
    expect(withWord(hi, /सही का निशान/), 'hi: टिक करें, not सही का निशान लगाएँ').to.deep.equal([]);
    expect(withWord(hi, /टिक करें/)).to.have.members(['booking.errorConsent', 'subscribe.consentMissing']);
    expect(withWord(ur, /پتہ/), 'ur: پتا, not پتہ').to.deep.equal([]);
    expect(withWord(ur, /پتا/).length).to.be.above(3);
    expect(withWord(bn, /লিংক/), 'bn: লিঙ্ক, not লিংক').to.deep.equal([]);
    expect(withWord(ta, /குறியிடுங்கள்/), 'ta: one verb for ticking the consent box').to.have.members([
      'booking.errorConsent',
      'subscribe.consentMissing',
    ]);
    // Found when reviewing the other tables for the same kinds of problems:
    expect(withWord(bn, /এখনো/), 'bn: এখনও, not also এখনো').to.deep.equal([]);
    expect(withWord(mr, /(^|\s)पहा/), 'mr: पाहा, not also पहा').to.deep.equal([]);
    expect(withWord(ta, /முயலவும்|முயற்சிக்கவும்/), 'ta: one "try again", மீண்டும் முயலுங்கள்').to.deep.equal([]);
    expect(withWord(ur, /چیک کریں/), 'ur: کنکشن دیکھیں, not also چیک کریں').to.deep.equal([]);
  });

  it('says "वापस" (and "go back" in the other tables) for the back button', () => {
    expect(hi['booking.back']).to.equal('वापस');
    expect(bn['booking.back']).to.equal('ফিরে যান');
    expect(mr['booking.back']).to.equal('मागे जा');
    expect(ur['booking.back']).to.equal('واپس');
  });

  it('speaks to the reader in one register: Telugu buttons in the polite form, as the rest of the table', () => {
    expect([te['booking.close'], te['booking.showPractice'], te['booking.showMine']]).to.deep.equal([
      'మూసివేయండి',
      'క్లినిక్ సమయం చూపించండి ({zone})',
      'నా సమయం చూపించండి ({zone})',
    ]);
  });

  it("quotes the name of WhatsApp's button", () => {
    expect(hi['booking.nextWhatsapp']).to.equal(
      'यह समय माँगने के लिए WhatsApp में “भेजें” दबाएँ। जवाब मिलने पर ही समय पक्का होगा।',
    );
    for (const [lang, table] of Object.entries({ en, ...INDIAN, ...OTHERS })) {
      expect(table['booking.nextWhatsapp'], lang).to.match(/[“«„][^”»“]+[”»“]/);
    }
  });

  it('never writes "am … बजे" together in a date with a time', () => {
    const date = new Date(Date.UTC(2026, 2, 3, 6, 0));
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'Asia/Kolkata',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    };
    const hindi = formatDate(date, 'hi', options);
    expect(hindi).to.contain('मंगलवार').and.contain('3 मार्च 2026').and.contain('11:30');
    expect(hindi).not.to.contain('बजे');
    // A word of the language after the time (Telugu's "ISTకి") is dropped the same way.
    expect(formatDate(date, 'te', options)).not.to.match(/IST\p{L}/u);
    // Languages whose pattern reads well keep it.
    expect(formatDate(date, 'en', { ...options, timeZone: 'America/New_York' })).to.equal(
      'Tuesday, March 3, 2026 at 1:00 AM EST',
    );
  });
});
