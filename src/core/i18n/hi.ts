import type { Strings } from './en.js';

/** Hindi (हिन्दी). */
export const hi: Strings = {
  // common
  'common.loading': 'लोड हो रहा है…',
  'common.retry': 'फिर से कोशिश करें',
  'common.error': 'लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
  'common.opensInNewTab': '(नए टैब में खुलता है)',

  // share-buttons
  'share.heading': 'शेयर करें:',
  'share.native': 'शेयर करें…',
  'share.nativeLabel': 'अपने डिवाइस से शेयर करें',
  'share.on': '{network} पर शेयर करें',
  'share.email': 'ईमेल',
  'share.emailLabel': 'ईमेल से शेयर करें',
  'share.copy': 'लिंक कॉपी करें',
  'share.copyLabel': 'इस पेज का लिंक कॉपी करें',
  'share.copied': 'लिंक कॉपी हो गया',
  'share.copyFailed': 'कॉपी नहीं हो सका। पता चुनकर स्वयं कॉपी करें।',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'संपर्क करें',
  'author.about': 'लेखक के बारे में',

  // popular-posts, featured-post
  'posts.listLabel': 'पोस्ट',
  'posts.loading': 'पोस्ट लोड हो रही हैं…',
  'posts.empty': 'अभी दिखाने के लिए कोई पोस्ट नहीं है।',
  'posts.error.network': 'पोस्ट लोड नहीं हो सकीं। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
  'posts.error.timeout': 'ब्लॉग ने समय पर जवाब नहीं दिया। थोड़ी देर बाद फिर से कोशिश करें।',
  'posts.error.http': 'ब्लॉग ने त्रुटि लौटाई ({status})। बाद में फिर से कोशिश करें।',
  'posts.error.parse': 'ब्लॉग की फ़ीड पढ़ी नहीं जा सकी।',
  'posts.error.cors': 'यह ब्लॉग दूसरी साइटों को अपनी फ़ीड पढ़ने नहीं देता।',
  'posts.comments': { zero: 'कोई टिप्पणी नहीं', one: '{count} टिप्पणी', other: '{count} टिप्पणियाँ' },
  'posts.readMore': 'आगे पढ़ें',
  'posts.readMoreLabel': 'आगे पढ़ें: {title}',
  'posts.featured': 'चुनी हुई पोस्ट',
  'posts.untitled': 'बिना शीर्षक की पोस्ट',

  // blog-search
  'search.label': 'इस ब्लॉग में खोजें',
  'search.submit': 'खोजें',
  'search.results': 'खोज परिणाम',
  'search.searching': 'खोज रहे हैं…',
  'search.count': { one: '{count} परिणाम', other: '{count} परिणाम' },
  'search.none': '“{query}” से मेल खाती कोई पोस्ट नहीं मिली।',
  'search.all': 'सभी परिणाम देखें',
  'search.error': 'खोज अभी उपलब्ध नहीं है।',

  // subscribe-form

  // book-appointment

  // translate-toggle
  'translate.language': 'भाषा',
  'translate.menu': 'भाषा चुनें',
  'translate.originalTag': '(मूल)',
  'translate.showOriginal': 'मूल दिखाएँ',
  'translate.translating': 'पेज का अनुवाद हो रहा है…',
  'translate.byGoogle': 'Google द्वारा अनुवादित। पेज का टेक्स्ट Google को भेजा जाता है।',
  'translate.onDevice': 'आपके डिवाइस पर ही अनुवाद हुआ। कुछ भी बाहर नहीं भेजा गया।',
  'translate.failed': 'पेज का अनुवाद नहीं हो सका।',
  'translate.notAvailable': 'यह पेज {language} में उपलब्ध नहीं है।',
};
