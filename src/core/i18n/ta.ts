import type { Strings } from './en.js';

/**
 * Tamil (தமிழ்). Typed `Partial` on purpose: a key missing here is reported by test/core/i18n-tables.test.ts
 * (and falls back to English at run time), not by the type checker, so widgets can add English keys first.
 */
export const ta: Partial<Strings> = {
  // common
  'common.loading': 'ஏற்றுகிறது…',
  'common.retry': 'மீண்டும் முயலவும்',
  'common.error': 'ஏற்ற முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.',
  'common.opensInNewTab': '(புதிய தாவலில் திறக்கும்)',

  // share-buttons
  'share.heading': 'பகிர்க:',
  'share.native': 'பகிர்…',
  'share.nativeLabel': 'உங்கள் சாதனம் மூலம் பகிரவும்',
  'share.on': '{network}-இல் பகிரவும்',
  'share.email': 'மின்னஞ்சல்',
  'share.emailLabel': 'மின்னஞ்சல் மூலம் பகிரவும்',
  'share.copy': 'இணைப்பை நகலெடு',
  'share.copyLabel': 'இந்தப் பக்கத்தின் இணைப்பை நகலெடுக்கவும்',
  'share.copied': 'இணைப்பு நகலெடுக்கப்பட்டது',
  'share.copyFailed': 'நகலெடுக்க முடியவில்லை. முகவரியைத் தேர்ந்தெடுத்து நீங்களே நகலெடுக்கவும்.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'தொடர்புகொள்ளுங்கள்',
  'author.about': 'ஆசிரியரைப் பற்றி',

  // popular-posts, featured-post
  'posts.listLabel': 'பதிவுகள்',
  'posts.loading': 'பதிவுகள் ஏற்றப்படுகின்றன…',
  'posts.empty': 'இப்போது காட்ட எந்தப் பதிவும் இல்லை.',
  'posts.error.network': 'பதிவுகளை ஏற்ற முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலுங்கள்.',
  'posts.error.timeout': 'வலைப்பதிவு பதிலளிக்க அதிக நேரம் எடுத்தது. சிறிது நேரம் கழித்து மீண்டும் முயலுங்கள்.',
  'posts.error.http': 'வலைப்பதிவு ஒரு பிழையைத் தெரிவித்தது ({status}). பிறகு மீண்டும் முயலுங்கள்.',
  'posts.error.parse': 'வலைப்பதிவின் ஊட்டத்தைப் படிக்க முடியவில்லை.',
  'posts.error.cors': 'இந்த வலைப்பதிவு தன் ஊட்டத்தைப் பிற தளங்கள் படிக்க அனுமதிப்பதில்லை.',
  'posts.comments': { zero: 'கருத்துகள் இல்லை', one: '{count} கருத்து', other: '{count} கருத்துகள்' },
  'posts.readMore': 'மேலும் படிக்க',
  'posts.readMoreLabel': 'மேலும் படிக்க: {title}',
  'posts.featured': 'சிறப்புப் பதிவு',
  'posts.untitled': 'தலைப்பில்லாத பதிவு',

  // blog-search
  'search.label': 'இந்த வலைப்பதிவில் தேடுங்கள்',
  'search.submit': 'தேடு',
  'search.results': 'தேடல் முடிவுகள்',
  'search.searching': 'தேடுகிறது…',
  'search.count': { one: '{count} முடிவு', other: '{count} முடிவுகள்' },
  'search.none': '“{query}” உடன் பொருந்தும் பதிவுகள் இல்லை.',
  'search.all': 'எல்லா முடிவுகளையும் காண்க',
  'search.error': 'தேடல் இப்போது கிடைக்கவில்லை.',

  // subscribe-form
  'subscribe.heading': 'குழுசேர்ந்து புதிய பதிவுகளைப் பெறுங்கள்',
  'subscribe.emailLabel': 'மின்னஞ்சல் முகவரி',
  'subscribe.nameLabel': 'பெயர் (விருப்பத்தேர்வு)',
  'subscribe.placeholder': 'எ.கா. you@example.com',
  'subscribe.button': 'குழுசேர்',
  'subscribe.sending': 'குழுசேர்க்கப்படுகிறது…',
  'subscribe.privacy': 'தனியுரிமைக் கொள்கை',
  'subscribe.emailMissing': 'உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடவும்.',
  'subscribe.emailInvalid': 'name@example.com போன்ற மின்னஞ்சல் முகவரியை உள்ளிடவும்.',
  'subscribe.consentMissing': 'குழுசேரும் முன் ஒப்புதல் பெட்டியில் டிக் செய்யவும்.',
  'subscribe.success': 'நன்றி! நீங்கள் குழுசேர்ந்துவிட்டீர்கள்.',
  'subscribe.confirm': 'கிட்டத்தட்ட முடிந்தது: உங்கள் இன்பாக்ஸைப் பார்த்து சந்தாவை உறுதிப்படுத்தவும்.',
  'subscribe.checkInbox': 'சந்தாவை உறுதிப்படுத்த உங்கள் இன்பாக்ஸைப் பார்க்கவும்.',
  'subscribe.sent': 'உங்கள் கோரிக்கை அனுப்பப்பட்டது. நன்றி!',
  'subscribe.already': 'இந்த முகவரி ஏற்கனவே குழுசேர்ந்துள்ளது. நன்றி!',
  'subscribe.rateLimited': 'இந்த முகவரியிலிருந்து பலமுறை குழுசேர முயற்சிக்கப்பட்டுள்ளது. சில நிமிடங்கள் காத்திருந்து மீண்டும் முயற்சிக்கவும்.',
  'subscribe.error': 'குழுசேர முடியவில்லை. மீண்டும் முயற்சிக்கவும்.',
  'subscribe.errorServer': 'செய்திமடல் சேவையில் சிக்கல் ஏற்பட்டது. சிறிது நேரம் கழித்து மீண்டும் முயற்சிக்கவும்.',
  'subscribe.errorTimeout': 'செய்திமடல் சேவையிடமிருந்து பதில் வரவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயற்சிக்கவும்.',
  'subscribe.errorNetwork': 'செய்திமடல் சேவையை அணுக முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயற்சிக்கவும்.',
  'subscribe.errorConfig': 'இந்தப் படிவம் இன்னும் அமைக்கப்படவில்லை, அதனால் அனுப்ப முடியாது.',
  'subscribe.offline': 'நீங்கள் ஆஃப்லைனில் உள்ளீர்கள். இணைப்பு திரும்பியதும் உங்கள் சந்தா அனுப்பப்படும்.',
  'subscribe.honeypot': 'இந்தப் புலத்தைக் காலியாக விடவும்',

  // book-appointment

  // translate-toggle
  'translate.language': 'மொழி',
  'translate.menu': 'மொழியைத் தேர்ந்தெடுக்கவும்',
  'translate.originalTag': '(மூலம்)',
  'translate.showOriginal': 'மூலத்தைக் காட்டு',
  'translate.translating': 'பக்கம் மொழிபெயர்க்கப்படுகிறது…',
  'translate.byGoogle': 'Google மொழிபெயர்த்தது. பக்கத்தின் உரை Google-க்கு அனுப்பப்படுகிறது.',
  'translate.onDevice': 'உங்கள் சாதனத்திலேயே மொழிபெயர்க்கப்பட்டது. எதுவும் வெளியே அனுப்பப்படவில்லை.',
  'translate.failed': 'பக்கத்தை மொழிபெயர்க்க முடியவில்லை.',
  'translate.notAvailable': 'இந்தப் பக்கம் {language} மொழியில் கிடைக்கவில்லை.',
};
