import type { Strings } from './en.js';

/**
 * Marathi (मराठी). Typed `Partial` on purpose: a key missing here is reported by test/core/i18n-tables.test.ts
 * (and falls back to English at run time), not by the type checker, so widgets can add English keys first.
 */
export const mr: Partial<Strings> = {
  // common
  'common.loading': 'लोड होत आहे…',
  'common.retry': 'पुन्हा प्रयत्न करा',
  'common.error': 'लोड होऊ शकले नाही. तुमचे इंटरनेट कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'common.opensInNewTab': '(नवीन टॅबमध्ये उघडते)',

  // share-buttons
  'share.heading': 'शेअर करा:',
  'share.native': 'शेअर करा…',
  'share.nativeLabel': 'तुमच्या डिव्हाइसवरून शेअर करा',
  'share.on': '{network} वर शेअर करा',
  'share.email': 'ईमेल',
  'share.emailLabel': 'ईमेलने शेअर करा',
  'share.copy': 'लिंक कॉपी करा',
  'share.copyLabel': 'या पेजची लिंक कॉपी करा',
  'share.copied': 'लिंक कॉपी झाली',
  'share.copyFailed': 'कॉपी करता आले नाही. पत्ता निवडून स्वतः कॉपी करा.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'संपर्क साधा',
  'author.about': 'लेखकाविषयी',

  // popular-posts, featured-post
  'posts.listLabel': 'पोस्ट',
  'posts.loading': 'पोस्ट लोड होत आहेत…',
  'posts.empty': 'अजून दाखवण्यासाठी एकही पोस्ट नाही.',
  'posts.error.network': 'पोस्ट लोड करता आल्या नाहीत. तुमचे इंटरनेट कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'posts.error.timeout': 'ब्लॉगने उत्तर द्यायला खूप वेळ घेतला. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  'posts.error.http': 'ब्लॉगने त्रुटी कळवली ({status}). नंतर पुन्हा प्रयत्न करा.',
  'posts.error.parse': 'ब्लॉगची फीड वाचता आली नाही.',
  'posts.error.cors': 'हा ब्लॉग इतर साइटना आपली फीड वाचू देत नाही.',
  'posts.comments': { zero: 'एकही टिप्पणी नाही', one: '{count} टिप्पणी', other: '{count} टिप्पण्या' },
  'posts.readMore': 'पुढे वाचा',
  'posts.readMoreLabel': 'पुढे वाचा: {title}',
  'posts.featured': 'निवडक पोस्ट',
  'posts.untitled': 'शीर्षक नसलेली पोस्ट',

  // blog-search
  'search.label': 'या ब्लॉगमध्ये शोधा',
  'search.submit': 'शोधा',
  'search.results': 'शोध परिणाम',
  'search.searching': 'शोधत आहे…',
  'search.count': { one: '{count} परिणाम', other: '{count} परिणाम' },
  'search.none': '“{query}” शी जुळणारी एकही पोस्ट नाही.',
  'search.all': 'सर्व परिणाम पहा',
  'search.error': 'शोध सध्या उपलब्ध नाही.',

  // subscribe-form
  'subscribe.heading': 'सदस्य व्हा आणि नवीन पोस्टची माहिती मिळवा',
  'subscribe.emailLabel': 'ईमेल पत्ता',
  'subscribe.nameLabel': 'नाव (ऐच्छिक)',
  'subscribe.placeholder': 'उदा. you@example.com',
  'subscribe.button': 'सदस्य व्हा',
  'subscribe.sending': 'सदस्यता नोंदवत आहोत…',
  'subscribe.privacy': 'गोपनीयता धोरण',
  'subscribe.emailMissing': 'तुमचा ईमेल पत्ता लिहा.',
  'subscribe.emailInvalid': 'name@example.com सारखा ईमेल पत्ता लिहा.',
  'subscribe.consentMissing': 'सदस्य होण्यापूर्वी संमतीच्या चौकटीत खूण करा.',
  'subscribe.success': 'धन्यवाद! तुमची सदस्यता सुरू झाली आहे.',
  'subscribe.confirm': 'जवळजवळ झाले: तुमचा इनबॉक्स पाहा आणि सदस्यतेची खात्री करा.',
  'subscribe.checkInbox': 'सदस्यतेची खात्री करण्यासाठी तुमचा इनबॉक्स पाहा.',
  'subscribe.sent': 'तुमची विनंती पाठवली आहे. धन्यवाद!',
  'subscribe.already': 'हा पत्ता आधीच सदस्य आहे. धन्यवाद!',
  'subscribe.rateLimited': 'या पत्त्यावरून सदस्यतेचे खूप प्रयत्न झाले आहेत. काही मिनिटे थांबून पुन्हा प्रयत्न करा.',
  'subscribe.error': 'सदस्यता होऊ शकली नाही. कृपया पुन्हा प्रयत्न करा.',
  'subscribe.errorServer': 'न्यूजलेटर सेवेत काही अडचण आली. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  'subscribe.errorTimeout': 'न्यूजलेटर सेवेकडून उत्तर आले नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'subscribe.errorNetwork': 'न्यूजलेटर सेवेशी संपर्क होऊ शकला नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'subscribe.errorConfig': 'हा फॉर्म अजून तयार नाही, त्यामुळे पाठवता येत नाही.',
  'subscribe.offline': 'तुम्ही ऑफलाइन आहात. कनेक्शन परत येताच तुमची सदस्यता पाठवली जाईल.',
  'subscribe.honeypot': 'ही जागा रिकामी ठेवा',

  // book-appointment

  // translate-toggle
  'translate.language': 'भाषा',
  'translate.menu': 'भाषा निवडा',
  'translate.originalTag': '(मूळ)',
  'translate.showOriginal': 'मूळ दाखवा',
  'translate.translating': 'पेजचे भाषांतर होत आहे…',
  'translate.byGoogle': 'Google ने भाषांतर केले. पेजवरील मजकूर Google कडे पाठवला जातो.',
  'translate.onDevice': 'तुमच्या डिव्हाइसवरच भाषांतर झाले. काहीही बाहेर पाठवले नाही.',
  'translate.failed': 'पेजचे भाषांतर करता आले नाही.',
  'translate.notAvailable': 'हे पेज {language} भाषेत उपलब्ध नाही.',
};
