import type { Strings } from './en.js';

/**
 * Urdu (اردو), written right to left. Typed `Partial` on purpose: a key missing here is reported by
 * test/core/i18n-tables.test.ts (and falls back to English at run time), not by the type checker, so widgets can
 * add English keys first.
 */
export const ur: Partial<Strings> = {
  // common
  'common.loading': 'لوڈ ہو رہا ہے…',
  'common.retry': 'دوبارہ کوشش کریں',
  'common.error': 'لوڈ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔',
  'common.opensInNewTab': '(نئے ٹیب میں کھلتا ہے)',

  // share-buttons
  'share.heading': 'شیئر کریں:',
  'share.native': 'شیئر کریں…',
  'share.nativeLabel': 'اپنے آلے سے شیئر کریں',
  'share.on': '{network} پر شیئر کریں',
  'share.email': 'ای میل',
  'share.emailLabel': 'ای میل کے ذریعے شیئر کریں',
  'share.copy': 'لنک کاپی کریں',
  'share.copyLabel': 'اس صفحے کا لنک کاپی کریں',
  'share.copied': 'لنک کاپی ہو گیا',
  'share.copyFailed': 'کاپی نہیں ہو سکا۔ پتا منتخب کر کے خود کاپی کریں۔',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'رابطہ کریں',
  'author.about': 'مصنف کے بارے میں',

  // popular-posts, featured-post
  'posts.listLabel': 'پوسٹس',
  'posts.loading': 'پوسٹس لوڈ ہو رہی ہیں…',
  'posts.empty': 'ابھی دکھانے کے لیے کوئی پوسٹ نہیں ہے۔',
  'posts.error.network': 'پوسٹس لوڈ نہیں ہو سکیں۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔',
  'posts.error.timeout': 'بلاگ نے جواب دینے میں بہت دیر لگائی۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  'posts.error.http': 'بلاگ نے ایک خرابی بتائی ({status})۔ بعد میں دوبارہ کوشش کریں۔',
  'posts.error.parse': 'بلاگ کی فیڈ پڑھی نہیں جا سکی۔',
  'posts.error.cors': 'یہ بلاگ دوسری سائٹس کو اپنی فیڈ پڑھنے نہیں دیتا۔',
  'posts.comments': { zero: 'کوئی تبصرہ نہیں', one: '{count} تبصرہ', other: '{count} تبصرے' },
  'posts.readMore': 'مزید پڑھیں',
  'posts.readMoreLabel': 'مزید پڑھیں: {title}',
  'posts.featured': 'منتخب پوسٹ',
  'posts.untitled': 'بغیر عنوان کی پوسٹ',

  // blog-search
  'search.label': 'اس بلاگ میں تلاش کریں',
  'search.submit': 'تلاش کریں',
  'search.results': 'تلاش کے نتائج',
  'search.searching': 'تلاش جاری ہے…',
  'search.count': { one: '{count} نتیجہ', other: '{count} نتائج' },
  'search.none': '“{query}” سے ملتی کوئی پوسٹ نہیں ملی۔',
  'search.all': 'تمام نتائج دیکھیں',
  'search.error': 'تلاش ابھی دستیاب نہیں ہے۔',

  // subscribe-form
  'subscribe.heading': 'سبسکرائب کریں اور نئی پوسٹس کی خبر پائیں',
  'subscribe.emailLabel': 'ای میل پتا',
  'subscribe.nameLabel': 'نام (اختیاری)',
  'subscribe.placeholder': 'مثلاً you@example.com',
  'subscribe.button': 'سبسکرائب کریں',
  'subscribe.sending': 'سبسکرائب کیا جا رہا ہے…',
  'subscribe.privacy': 'رازداری کی پالیسی',
  'subscribe.emailMissing': 'اپنا ای میل پتا لکھیں۔',
  'subscribe.emailInvalid': 'name@example.com جیسا ای میل پتا لکھیں۔',
  'subscribe.consentMissing': 'سبسکرائب کرنے سے پہلے رضامندی کے خانے پر نشان لگائیں۔',
  'subscribe.success': 'شکریہ! آپ کی سبسکرپشن شروع ہو گئی ہے۔',
  'subscribe.confirm': 'بس ایک قدم باقی ہے: اپنا ان باکس دیکھیں اور سبسکرپشن کی تصدیق کریں۔',
  'subscribe.checkInbox': 'سبسکرپشن کی تصدیق کے لیے اپنا ان باکس دیکھیں۔',
  'subscribe.sent': 'آپ کی درخواست بھیج دی گئی ہے۔ شکریہ!',
  'subscribe.already': 'یہ پتا پہلے سے سبسکرائب ہے۔ شکریہ!',
  'subscribe.rateLimited': 'اس پتے سے بہت بار سبسکرائب کرنے کی کوشش ہوئی ہے۔ چند منٹ رک کر دوبارہ کوشش کریں۔',
  'subscribe.error': 'سبسکرائب نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔',
  'subscribe.errorServer': 'نیوز لیٹر سروس میں کوئی مسئلہ پیش آیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  'subscribe.errorTimeout': 'نیوز لیٹر سروس سے جواب نہیں آیا۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔',
  'subscribe.errorNetwork': 'نیوز لیٹر سروس تک رسائی نہیں ہو سکی۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔',
  'subscribe.errorConfig': 'یہ فارم ابھی تیار نہیں ہے، اس لیے بھیجا نہیں جا سکتا۔',
  'subscribe.offline': 'آپ آف لائن ہیں۔ کنکشن واپس آتے ہی آپ کی سبسکرپشن بھیج دی جائے گی۔',
  'subscribe.honeypot': 'یہ خانہ خالی چھوڑ دیں',

  // book-appointment

  // translate-toggle
  'translate.language': 'زبان',
  'translate.menu': 'زبان منتخب کریں',
  'translate.originalTag': '(اصل)',
  'translate.showOriginal': 'اصل دکھائیں',
  'translate.translating': 'صفحے کا ترجمہ ہو رہا ہے…',
  'translate.byGoogle': 'Google نے ترجمہ کیا۔ صفحے کا متن Google کو بھیجا جاتا ہے۔',
  'translate.onDevice': 'آپ کے آلے پر ہی ترجمہ ہوا۔ کچھ بھی باہر نہیں بھیجا گیا۔',
  'translate.failed': 'صفحے کا ترجمہ نہیں ہو سکا۔',
  'translate.notAvailable': 'یہ صفحہ {language} میں دستیاب نہیں ہے۔',
};
